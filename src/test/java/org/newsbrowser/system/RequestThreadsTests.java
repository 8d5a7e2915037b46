package org.newsbrowser.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.newsbrowser.SeedCorpusTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The running server's request threads, as {@link RequestThreadsEnvironmentPostProcessor} sizes them. */
class RequestThreadsTests extends SeedCorpusTestSupport {

    @Autowired
    private WebServerApplicationContext context;

    @Test
    void theServerServesOnTwoThreadsPerProcessor() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        AbstractProtocol<?> protocol = (AbstractProtocol<?>) server.getTomcat().getConnector().getProtocolHandler();

        assertThat(protocol.getMaxThreads()).isEqualTo(2 * Runtime.getRuntime().availableProcessors());
    }
}
