package org.newsbrowser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guards the number of SQL statements each page issues: a small constant, the same whatever the page shows, so
 * that no page loads its rows' entities one by one (N+1) as the corpus grows.
 */
class PageStatementCountTests extends SeedCorpusTestSupport {

    @ParameterizedTest
    @CsvSource({
            "/, 5",
            "/?sort=title&size=2&page=1, 5",
            "/api/articles, 3",
            "/?q=iran, 3",
            "/?q=iran&sort=title&size=2&page=1&country=IR, 4",
            "/api/articles?q=iran, 2",
            "/articles/1, 5",
            "/api/articles/1, 2",
            "/countries/IR, 9",
            "/api/countries/IR, 8",
            "/people, 2",
            "/topics, 2",
            "/ingest, 1",
            "/network, 3",
            "/network?country=IR&limit=20, 4",
            "/api/network?country=IR, 4",
            "/network?q=oil, 3",
            "/api/network?q=oil&country=IR, 4",
            "/articles.csv?q=oil, 2",
            "/network.gexf, 2",
            "/network.graphml?country=IR, 4",
            "/articles.csv, 2",
            "/articles.csv?country=IR&sort=title, 3",
            "/network/co-mentions.csv?country=IR, 2",
            "/curation, 4",
            "/curation/log, 2",
    })
    void pageIssuesABoundedNumberOfStatements(String uri, int maximum) throws Exception {
        assertThat(statementsFor(uri)).as(uri).isLessThanOrEqualTo(maximum);
    }

    @Test
    void relationshipAndPersonPagesIssueABoundedNumberOfStatements() throws Exception {
        long putin = personId("Vladimir Putin");
        assertThat(statementsFor("/relations?a=person:" + putin + "&b=country:IR")).isLessThanOrEqualTo(9);
        assertThat(statementsFor("/api/relations?a=person:" + putin + "&b=country:IR")).isLessThanOrEqualTo(9);
        assertThat(statementsFor("/people/" + putin)).isLessThanOrEqualTo(11);
        assertThat(statementsFor("/?from=2022-01-01&to=2022-12-31")).isLessThanOrEqualTo(5);
    }

    @Test
    void listingMoreArticlesOrFiltersIssuesNoMoreStatementsPerArticle() throws Exception {
        String filter = "&person=" + personId("Vladimir Putin") + "&country=IR&country=TR";
        statementsFor("/?size=1"); // the corpus-wide counts, kept between requests, are counted once here
        assertThat(statementsFor("/?size=5")).isEqualTo(statementsFor("/?size=1"));
        assertThat(statementsFor("/?size=5" + filter)).isEqualTo(statementsFor("/?size=1" + filter));
    }

    @Test
    void searchingIssuesNoMoreStatementsPerResult() throws Exception {
        assertThat(statementsFor("/?q=putin&size=5")).isEqualTo(statementsFor("/?q=putin&size=1"));
    }

    /** The statements of rendering the page, not of sending it from the page cache. */
    private long statementsFor(String uri) throws Exception {
        StatementsOnThisThread.reset();
        mvc.perform(get(uri).header("Cache-Control", "no-cache")).andExpect(status().isOk());
        return StatementsOnThisThread.count();
    }
}
