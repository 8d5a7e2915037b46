package org.newsbrowser.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class RequestThreadsEnvironmentPostProcessorTests {

    private final RequestThreadsEnvironmentPostProcessor postProcessor = new RequestThreadsEnvironmentPostProcessor();

    @Test
    void servesOnTwoThreadsPerProcessorByDefault() {
        StandardEnvironment environment = new StandardEnvironment();

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("server.tomcat.threads.max", Integer.class))
                .isEqualTo(2 * Runtime.getRuntime().availableProcessors());
    }

    @Test
    void theUsersSettingComesFirst() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("applicationProperties",
                Map.of("server.tomcat.threads.max", "64")));

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("server.tomcat.threads.max", Integer.class)).isEqualTo(64);
    }
}
