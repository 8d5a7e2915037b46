package org.newsbrowser.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsbrowser.SeedCorpusTestSupport;
import org.newsbrowser.entity.Appearance;
import org.newsbrowser.entity.AppearanceRepository;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.export.CsvReader;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The network and the CSV export of a search show the search's articles, as the list does: checked against the
 * search's own result and the appearance table, on the seeds.
 */
class SearchedViewsTests extends SeedCorpusTestSupport {

    private static final String QUERY = "oil";

    @Autowired
    AppearanceRepository appearances;

    private Set<Long> matchingIds() throws Exception {
        List<Number> ids = json("/api/articles?size=100&q=" + QUERY, "$.content[*].id");
        return ids.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    private long articlesAmong(NamedEntity entity, Set<Long> ids) {
        return appearances.findByEntity(entity).stream().map(Appearance::getArticle).map(a -> a.getId())
                .filter(ids::contains).count();
    }

    private NamedEntity byNodeId(String nodeId) {
        String[] parts = nodeId.split(":");
        EntityType type = EntityType.valueOf(parts[0].toUpperCase());
        return type == EntityType.COUNTRY ? entities.findCountry(parts[1]).orElseThrow()
                : entities.findById(Long.parseLong(parts[1])).filter(e -> e.getType() == type).orElseThrow();
    }

    @Test
    void theNetworkOfASearchCountsOnlyTheMatchingArticles() throws Exception {
        Set<Long> ids = matchingIds();
        int all = json("/api/articles", "$.page.totalElements");
        assertThat(ids).as("the search matches some seeds, not all").isNotEmpty().hasSizeLessThan(all);

        List<String> nodes = json("/api/network?q=" + QUERY, "$.nodes[*].id");
        List<Number> counts = json("/api/network?q=" + QUERY, "$.nodes[*].articles");
        assertThat(nodes).isNotEmpty();
        for (int i = 0; i < nodes.size(); i++) {
            assertThat(counts.get(i).longValue()).as(nodes.get(i))
                    .isEqualTo(articlesAmong(byNodeId(nodes.get(i)), ids)).isPositive();
        }
        List<String> unfiltered = json("/api/network?limit=300", "$.nodes[*].id");
        Set<String> onlyElsewhere = new HashSet<>();
        for (String node : unfiltered) {
            if (articlesAmong(byNodeId(node), ids) == 0) {
                onlyElsewhere.add(node);
            }
        }
        assertThat(onlyElsewhere).as("entities named only in the articles the search leaves out").isNotEmpty();
        List<String> searched = json("/api/network?limit=300&q=" + QUERY, "$.nodes[*].id");
        assertThat(searched).doesNotContainAnyElementsOf(onlyElsewhere);
    }

    @Test
    void theNetworkPageSaysItShowsTheSearchAndKeepsItInItsLinks() throws Exception {
        int matched = matchingIds().size();
        String page = mvc.perform(get("/network").param("q", QUERY)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("in the " + matched + " articles matching the search", "Search: " + QUERY,
                "href=\"/api/network?q=" + QUERY + "\"", "href=\"/network.gexf?q=" + QUERY + "\"",
                "href=\"/articles.csv?q=" + QUERY + "\"", "name=\"q\" value=\"" + QUERY + "\"");
    }

    @Test
    void theCsvOfASearchListsItsArticlesInTheListsOrder() throws Exception {
        List<Number> listed = json("/api/articles?size=100&q=" + QUERY, "$.content[*].id");
        String csv = mvc.perform(get("/articles.csv").param("q", QUERY)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<List<String>> rows = CsvReader.parse(csv);
        assertThat(rows.get(0).get(0)).isEqualTo("id");
        assertThat(rows.subList(1, rows.size()).stream().map(row -> Long.parseLong(row.get(0))).toList())
                .isEqualTo(listed.stream().map(Number::longValue).toList());
    }

    @Test
    void aSearchThatCannotBeParsedIsABadRequestInEveryView() throws Exception {
        for (String path : List.of("/network", "/api/network", "/articles.csv", "/network.gexf")) {
            mvc.perform(get(path).param("q", "\"unclosed")).andExpect(status().isBadRequest());
        }
    }
}
