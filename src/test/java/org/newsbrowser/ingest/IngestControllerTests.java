package org.newsbrowser.ingest;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(IngestController.class)
@Import(IngestProgress.class)
class IngestControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IngestProgress progress;

    @MockitoBean
    IngestFailureRepository failures;

    @Test
    void statusReportsProgressAndFailuresAsJson() throws Exception {
        progress.start(3);
        progress.ingested();
        progress.failed();
        IngestFailure failure = new IngestFailure("bad.txt");
        failure.record(null, "empty file", Instant.now());
        given(failures.findAllByOrderBySource()).willReturn(List.of(failure));

        mvc.perform(get("/api/ingest"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RUNNING"))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.processed").value(2))
                .andExpect(jsonPath("$.failed").value(1))
                .andExpect(jsonPath("$.failures[0].source").value("bad.txt"))
                .andExpect(jsonPath("$.failures[0].reason").value("empty file"));
    }

    @Test
    void statusPageShowsAProgressBarAndRefreshesWhileRunning() throws Exception {
        progress.start(4);
        progress.ingested();

        mvc.perform(get("/ingest"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<progress class=\"progress\" max=\"100\" value=\"25\"")))
                .andExpect(content().string(Matchers.containsString("http-equiv=\"refresh\"")));

        progress.finish();
        mvc.perform(get("/ingest"))
                .andExpect(content().string(Matchers.not(Matchers.containsString("http-equiv=\"refresh\""))));
    }
}
