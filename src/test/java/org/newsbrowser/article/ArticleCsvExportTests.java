package org.newsbrowser.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrowser.SeedCorpusTestSupport;
import org.newsbrowser.export.CsvReader;
import org.springframework.mock.web.MockHttpServletResponse;

/** The article list as CSV over the seeds: every matching article, in the list's order, with its entities. */
class ArticleCsvExportTests extends SeedCorpusTestSupport {

    private List<List<String>> csv(String uri) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(uri)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"articles.csv\"");
        List<List<String>> rows = CsvReader.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(rows.get(0)).containsExactly("id", "title", "source", "published", "people", "organizations",
                "countries", "topics", "url");
        return rows.subList(1, rows.size());
    }

    private static List<String> column(List<List<String>> rows, int index) {
        return rows.stream().map(row -> row.get(index)).toList();
    }

    @Test
    void aSearchIsExportedAsItsResultsInTheListsOrder() throws Exception {
        List<Integer> ids = json("/api/articles?size=100&q=oil", "$.content[*].id");
        int all = json("/api/articles", "$.page.totalElements");
        assertThat(ids).as("the search matches some seeds, not all").isNotEmpty().hasSizeLessThan(all);
        assertThat(column(csv("/articles.csv?q=oil"), 0)).isEqualTo(ids.stream().map(String::valueOf).toList());
        List<Integer> byTitle = json("/api/articles?size=100&q=oil&sort=title", "$.content[*].id");
        assertThat(column(csv("/articles.csv?q=oil&sort=title"), 0))
                .isEqualTo(byTitle.stream().map(String::valueOf).toList());
    }

    @Test
    void everyArticleIsExportedInTheListsOrderNotOnePage() throws Exception {
        List<List<String>> rows = csv("/articles.csv?size=2&page=1&sort=title");
        List<Integer> ids = json("/api/articles?size=100&sort=title", "$.content[*].id");
        assertThat(ids).hasSize(5);
        assertThat(column(rows, 0)).isEqualTo(ids.stream().map(String::valueOf).toList());
        assertThat(column(rows, 1)).isEqualTo(json("/api/articles?size=100&sort=title", "$.content[*].title"));
        assertThat(column(rows, 8)).allMatch(url -> url.matches("http://localhost(:\\d+)?/articles/\\d+"));
    }

    @Test
    void eachRowNamesTheArticlesEntitiesByType() throws Exception {
        for (List<String> row : csv("/articles.csv")) {
            String article = "/api/articles/" + row.get(0);
            for (String[] column : new String[][] {{"4", "people"}, {"5", "organizations"}, {"6", "countries"},
                    {"7", "topics"}}) {
                List<String> names = json(article, "$." + column[1] + "[*].name");
                String cell = row.get(Integer.parseInt(column[0]));
                assertThat(cell.isEmpty() ? List.of() : List.of(cell.split("; "))).as(column[1] + " of " + article)
                        .containsExactlyInAnyOrderElementsOf(names.stream()
                                .map(name -> "=+-@".indexOf(name.charAt(0)) >= 0 ? "'" + name : name).toList());
            }
        }
    }

    @Test
    void aFilteredExportHoldsExactlyTheFilteredList() throws Exception {
        long putin = personId("Vladimir Putin");
        String query = "?person=" + putin + "&country=IR";
        List<Integer> ids = json("/api/articles" + query + "&size=100", "$.content[*].id");
        assertThat(ids).isNotEmpty();
        List<List<String>> rows = csv("/articles.csv" + query);
        assertThat(column(rows, 0)).isEqualTo(ids.stream().map(String::valueOf).toList());
        assertThat(column(rows, 4)).allMatch(people -> people.contains("Vladimir Putin"));
        assertThat(column(rows, 6)).allMatch(countries -> countries.contains("Iran"));
    }
}
