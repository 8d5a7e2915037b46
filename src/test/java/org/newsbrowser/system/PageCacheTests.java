package org.newsbrowser.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.newsbrowser.SeedCorpusTestSupport;
import org.newsbrowser.StatementsOnThisThread;
import org.newsbrowser.curation.CurationAction;
import org.newsbrowser.curation.CurationActionRepository;
import org.newsbrowser.curation.CurationKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** The page cache in the assembled app: what it keeps, what it sends, and that a curator's change shows at once. */
class PageCacheTests extends SeedCorpusTestSupport {

    @Autowired
    CurationActionRepository curationLog;

    @Test
    void aPageAskedForAgainIsSentAsKeptWithItsHeadersAndNoDatabaseQuery() throws Exception {
        String uri = "/people/" + personId("Vladimir Putin");
        MvcResult rendered = mvc.perform(get(uri).header("Cache-Control", "no-cache"))
                .andExpect(status().isOk()).andExpect(header().string("X-Cache", "miss")).andReturn();

        StatementsOnThisThread.reset();
        MvcResult kept = mvc.perform(get(uri))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Cache", "hit"))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self'")))
                .andReturn();

        assertThat(StatementsOnThisThread.count()).isZero();
        assertThat(kept.getResponse().getContentType()).isEqualTo(rendered.getResponse().getContentType());
        assertThat(kept.getResponse().getContentAsByteArray())
                .isEqualTo(rendered.getResponse().getContentAsByteArray());
        assertThat(kept.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Vladimir Putin");
    }

    @Test
    void theJsonApiIsKeptToo() throws Exception {
        mvc.perform(get("/api/articles?q=iran&size=2")).andExpect(status().isOk());
        mvc.perform(get("/api/articles?q=iran&size=2"))
                .andExpect(header().string("X-Cache", "hit"))
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/json")));
    }

    @Test
    void aCuratorsRenameShowsOnTheNextRequestAndItsUndoToo() throws Exception {
        long putin = personId("Vladimir Putin");
        String uri = "/people/" + putin;
        mvc.perform(get(uri));
        mvc.perform(get(uri)).andExpect(header().string("X-Cache", "hit"));

        mvc.perform(post("/curation/entities/" + putin + "/rename").header("Origin", "http://localhost")
                .param("name", "Vladimir Vladimirovich Putin")).andExpect(status().isSeeOther());
        assertThat(page(uri)).contains("Vladimir Vladimirovich Putin");

        long rename = curationLog.findAll().stream()
                .filter(action -> action.getKind() == CurationKind.RENAME && !action.isUndone()
                        && action.getEntityId() == putin)
                .mapToLong(CurationAction::getId).max().orElseThrow();
        mvc.perform(post("/curation/log/" + rename + "/undo").header("Origin", "http://localhost"))
                .andExpect(status().isSeeOther());
        assertThat(page(uri)).doesNotContain("Vladimir Vladimirovich Putin").contains("Vladimir Putin");
    }

    @Test
    void aBrowserIsSentAKeptPageCompressedOnceAsTheServerWouldHaveCompressedIt() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/topics"))
                .header("Accept-Encoding", "gzip, deflate, br").build();
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<byte[]> rendered = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> kept = client.send(request, HttpResponse.BodyHandlers.ofByteArray());

        assertThat(rendered.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(kept.headers().firstValue("X-Cache")).hasValue("hit");
        assertThat(kept.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(kept.body())).isEqualTo(gunzip(rendered.body()));
        assertThat(new String(gunzip(kept.body()), StandardCharsets.UTF_8)).contains("</html>");
    }

    @Test
    void downloadsTheIngestStatusAndErrorsAreNeverKept() throws Exception {
        for (String uri : new String[] {"/articles.csv", "/ingest", "/people/999999", "/curation"}) {
            mvc.perform(get(uri));
            mvc.perform(get(uri)).andExpect(header().doesNotExist("X-Cache"));
        }
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }

    private String page(String uri) throws Exception {
        MvcResult result = mvc.perform(get(uri)).andExpect(status().isOk())
                .andExpect(header().string("X-Cache", "miss")).andReturn();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
