package org.newsbrowser.system;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Serves requests on two threads per processor unless {@code server.tomcat.threads.max} is set: the rest wait their
 * turn in arrival order.
 *
 * <p>The pages are processor work (an embedded database, an embedded index), so threads beyond the processors only
 * share them out thinner. Thinner shares stretch the short sections every request must pass one at a time, such as
 * reopening the search index after an ingest batch: on two processors, 64 connections and an ingest running,
 * 16 threads served 103–143 requests a second with the slowest taking 1.9–2.5 s, 4 threads 145–192 with the
 * slowest 1.5–1.6 s (bench/load.sh, docs/BENCHMARKS.md, "Request threads"). Where requests wait on a network
 * (PostgreSQL, Elasticsearch), more threads may pay; the setting is the user's.
 */
class RequestThreadsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    private static final String MAX_THREADS = "server.tomcat.threads.max";
    private static final int THREADS_PER_PROCESSOR = 2;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        int threads = THREADS_PER_PROCESSOR * Runtime.getRuntime().availableProcessors();
        // Last, so that any setting of the user's (arguments, environment, application.properties) comes first.
        environment.getPropertySources().addLast(new MapPropertySource("newsbrowserRequestThreads",
                Map.of(MAX_THREADS, threads)));
    }
}
