package org.newsbrowser;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.NameKey;
import org.newsbrowser.entity.NamedEntityRepository;
import org.newsbrowser.ingest.CorpusIngester;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The assembled application over a fresh database holding the five seed articles plus two broken files, ingested
 * once for every test class extending this (they share one Spring context).
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"newsbrowser.ingest-on-startup=false",
        "spring.jpa.properties.hibernate.session_factory.statement_inspector=org.newsbrowser.StatementsOnThisThread"})
@AutoConfigureMockMvc
public abstract class SeedCorpusTestSupport {

    /** A copy of {@code seeds/} with an empty file and a PNG named like an article. */
    protected static final Path CORPUS = corpusWithBrokenFiles();
    private static final Path DATA = tempDir("newsbrowser-data");
    private static boolean ingested;

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected NamedEntityRepository entities;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsbrowser.corpus-dir", CORPUS::toString);
        registry.add("newsbrowser.data-dir", DATA::toString);
    }

    @BeforeAll
    static void ingestOnce(@Autowired CorpusIngester ingester) {
        if (!ingested) {
            ingester.ingest(CORPUS);
            ingested = true;
        }
    }

    /** GETs a JSON resource and reads one value from it. */
    protected <T> T json(String uri, String path) throws Exception {
        String body = mvc.perform(get(uri)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, path);
    }

    /**
     * GETs a URL from the running server, as a browser ({@code text/html}) or a script ({@code application/json})
     * would; unlike MockMvc this goes through the servlet container's error pages.
     */
    protected HttpResponse<String> fetch(String uri, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + uri))
                .header("Accept", accept).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The id of the person with exactly this name. */
    protected long personId(String name) {
        return entities.findByTypeAndNameKey(EntityType.PERSON, NameKey.of(name))
                .orElseThrow(() -> new AssertionError("no person named " + name)).getId();
    }

    private static Path corpusWithBrokenFiles() {
        Path corpus = tempDir("newsbrowser-corpus");
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, corpus.resolve(seed.getFileName()));
            }
            Files.writeString(corpus.resolve("empty.txt"), "");
            Files.write(corpus.resolve("picture.txt"),
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
            return corpus;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
