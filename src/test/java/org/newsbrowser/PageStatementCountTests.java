package org.newsbrowser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Guards the number of SQL statements each page issues: a small constant, the same whatever the page shows, so
 * that no page loads its rows' entities one by one (N+1) as the corpus grows.
 */
class PageStatementCountTests extends SeedCorpusTestSupport {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @ParameterizedTest
    @CsvSource({
            "/, 7",
            "/?sort=title&size=2&page=1, 7",
            "/api/articles, 3",
            "/?q=iran, 3",
            "/?q=iran&sort=title&size=2&page=1&country=IR, 4",
            "/api/articles?q=iran, 2",
            "/articles/1, 4",
            "/api/articles/1, 2",
            "/countries/IR, 8",
            "/api/countries/IR, 8",
            "/people, 2",
            "/topics, 2",
            "/ingest, 1",
            "/network, 2",
            "/network?country=IR&limit=20, 3",
            "/api/network?country=IR, 3",
            "/network.gexf, 2",
            "/network.graphml?country=IR, 3",
            "/articles.csv, 2",
            "/articles.csv?country=IR&sort=title, 3",
            "/network/co-mentions.csv?country=IR, 2",
    })
    void pageIssuesABoundedNumberOfStatements(String uri, int maximum) throws Exception {
        assertThat(statementsFor(uri)).as(uri).isLessThanOrEqualTo(maximum);
    }

    @Test
    void listingMoreArticlesOrFiltersIssuesNoMoreStatementsPerArticle() throws Exception {
        long putin = personId("Vladimir Putin");
        long oneRow = statementsFor("/?size=1");
        long fiveRows = statementsFor("/?size=5");
        long filtered = statementsFor("/?size=5&person=" + putin + "&country=IR&country=TR");
        assertThat(fiveRows).isEqualTo(oneRow);
        assertThat(filtered).isLessThanOrEqualTo(fiveRows + 2);
    }

    @Test
    void searchingIssuesNoMoreStatementsPerResult() throws Exception {
        assertThat(statementsFor("/?q=putin&size=5")).isEqualTo(statementsFor("/?q=putin&size=1"));
    }

    private long statementsFor(String uri) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        mvc.perform(get(uri)).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }
}
