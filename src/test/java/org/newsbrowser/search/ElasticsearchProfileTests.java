package org.newsbrowser.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code elasticsearch} profile switches the search backend by configuration alone. No cluster runs here, so
 * a small HTTP server stands in for one: it records what Hibernate Search sends and answers "no hits". This
 * proves the backend and the requests' target and content, not Elasticsearch's own handling of them.
 */
@ActiveProfiles("elasticsearch")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "newsbrowser.ingest-on-startup=false",
        // No cluster to create the index in or to ask its version: name the version, leave the schema alone.
        "spring.jpa.properties.hibernate.search.schema_management.strategy=none",
        "spring.jpa.properties.hibernate.search.backend.version=8.15",
        "spring.jpa.properties.hibernate.search.backend.version_check.enabled=false"})
class ElasticsearchProfileTests {

    private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private static final HttpServer CLUSTER = fakeCluster();

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory("newsbrowser-es-data");
        registry.add("newsbrowser.data-dir", data::toString);
        registry.add("newsbrowser.corpus-dir", () -> data.resolve("corpus").toString());
        registry.add("newsbrowser.elasticsearch.hosts", () -> "localhost:" + CLUSTER.getAddress().getPort());
    }

    @AfterAll
    static void stopCluster() {
        CLUSTER.stop(0);
    }

    @Test
    void theBackendIsElasticsearch() {
        var backend = Search.mapping(entityManagerFactory).backend();
        assertThat(backend.unwrap(ElasticsearchBackend.class)).isNotNull();
        assertThatThrownBy(() -> backend.unwrap(LuceneBackend.class)).isInstanceOf(SearchException.class);
    }

    @Test
    void aSearchIsSentToTheClusterWithTheParsedQuery() throws Exception {
        REQUESTS.clear();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/articles?q=%22supreme+leader%22+OR+nucl*")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"content\":[]", "\"totalElements\":0");
        assertThat(REQUESTS).singleElement().satisfies(request -> assertThat(request)
                .startsWith("POST /article-read/_search")
                .contains("\"supreme leader\"", "\"nucl\"", "\"title\"", "\"body\"")
                // Matches are marked in the app, on the text read from the database.
                .doesNotContain("\"highlight\""));
    }

    /** Answers every search with no hits, and anything else with an empty object; records each request. */
    private static HttpServer fakeCluster() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", ElasticsearchProfileTests::answer);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        String answer = "{}";
        if (path.endsWith("/_search")) {
            answer = "{\"took\":1,\"timed_out\":false,\"hits\":{\"total\":{\"value\":0,\"relation\":\"eq\"},"
                    + "\"max_score\":null,\"hits\":[]}}";
            if (body.contains("\"supreme leader\"")) {
                REQUESTS.add(exchange.getRequestMethod() + " " + path + " " + body);
            }
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
