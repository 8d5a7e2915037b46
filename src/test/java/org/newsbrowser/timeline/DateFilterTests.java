package org.newsbrowser.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.newsbrowser.SeedCorpusTestSupport;

/** The {@code from}/{@code to} parameters of the article list, page and API, over the seeds. */
class DateFilterTests extends SeedCorpusTestSupport {

    @Test
    void badDatesAndAnInvertedRangeAre400WithAMessage() throws Exception {
        for (String uri : new String[] {"/", "/api/articles"}) {
            mvc.perform(get(uri).param("from", "2022-13-01")).andExpect(status().isBadRequest());
            mvc.perform(get(uri).param("to", "19/07/2022")).andExpect(status().isBadRequest());
        }
        mvc.perform(get("/api/articles").param("from", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(status().reason("from must be a date as YYYY-MM-DD, such as 2022-07-19, not 'yesterday'"));
        mvc.perform(get("/api/articles").param("from", "2022-07-20").param("to", "2022-07-19"))
                .andExpect(status().isBadRequest())
                .andExpect(status().reason("from (2022-07-20) must not be after to (2022-07-19)"));
    }

    @Test
    void aRangeKeepsOnlyTheDatedArticlesAndShowsAsARemovableChip() throws Exception {
        List<String> dates = json("/api/articles?size=100", "$.content[*].publishedAt");
        long dated = dates.stream().filter(Objects::nonNull).count();
        int inRange = json("/api/articles?from=1900-01-01&to=2100-12-31", "$.page.totalElements");
        assertThat(inRange).isEqualTo(dated);

        long putin = personId("Vladimir Putin");
        String page = mvc.perform(get("/").param("person", String.valueOf(putin)).param("from", "2022-07-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("chip-dates", "2022-07-01 – …",
                "href=\"/?person=" + putin + "\"\n");
    }
}
