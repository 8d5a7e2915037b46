package org.newsbrowser.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsbrowser.SeedCorpusTestSupport;
import org.newsbrowser.entity.Appearance;
import org.newsbrowser.entity.AppearanceRepository;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.export.CsvReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.w3c.dom.NodeList;

/**
 * The co-mention network of the seeds, checked against the appearance table: weights and counts are computed
 * here from each entity's articles, never written down.
 */
class NetworkTests extends SeedCorpusTestSupport {

    @Autowired
    AppearanceRepository appearances;

    private Set<Long> articlesOf(NamedEntity entity) {
        return appearances.findByEntity(entity).stream().map(Appearance::getArticle).map(a -> a.getId())
                .collect(Collectors.toSet());
    }

    private NamedEntity byNodeId(String nodeId) {
        String[] parts = nodeId.split(":");
        EntityType type = EntityType.valueOf(parts[0].toUpperCase());
        return type == EntityType.COUNTRY ? entities.findCountry(parts[1]).orElseThrow()
                : entities.findById(Long.parseLong(parts[1])).filter(e -> e.getType() == type).orElseThrow();
    }

    private static long together(Set<Long> a, Set<Long> b) {
        Set<Long> both = new HashSet<>(a);
        both.retainAll(b);
        return both.size();
    }

    /** Each link of the network at {@code api} weighs the articles of {@code filtered} that name both of its ends. */
    private void assertEdgesWeighArticlesNamingBoth(String api, Set<Long> filtered) throws Exception {
        List<Map<String, Object>> edges = json(api, "$.edges");
        assertThat(edges).isNotEmpty();
        for (Map<String, Object> edge : edges) {
            Set<Long> source = articlesOf(byNodeId((String) edge.get("source")));
            Set<Long> target = articlesOf(byNodeId((String) edge.get("target")));
            source.retainAll(filtered);
            assertThat(((Number) edge.get("weight")).longValue()).as(edge.toString()).isPositive()
                    .isEqualTo(together(source, target));
        }
    }

    private MockHttpServletResponse download(String uri) throws Exception {
        return mvc.perform(get(uri)).andExpect(status().isOk()).andReturn().getResponse();
    }

    @Test
    void theNetworkOfASearchCountsOnlyTheMatchingArticles() throws Exception {
        List<Number> matching = json("/api/articles?size=100&q=oil", "$.content[*].id");
        Set<Long> ids = matching.stream().map(Number::longValue).collect(Collectors.toSet());
        int all = json("/api/articles", "$.page.totalElements");
        assertThat(ids).as("the search matches some seeds, not all").isNotEmpty().hasSizeLessThan(all);

        List<String> nodes = json("/api/network?limit=300&q=oil", "$.nodes[*].id");
        List<Number> counts = json("/api/network?limit=300&q=oil", "$.nodes[*].articles");
        assertThat(nodes).isNotEmpty();
        for (int i = 0; i < nodes.size(); i++) {
            assertThat(counts.get(i).longValue()).as(nodes.get(i))
                    .isEqualTo(together(articlesOf(byNodeId(nodes.get(i))), ids)).isPositive();
        }
        List<String> unfiltered = json("/api/network?limit=300", "$.nodes[*].id");
        List<String> onlyElsewhere = unfiltered.stream()
                .filter(node -> together(articlesOf(byNodeId(node)), ids) == 0).toList();
        assertThat(onlyElsewhere).as("entities named only in the articles the search leaves out").isNotEmpty();
        assertThat(nodes).doesNotContainAnyElementsOf(onlyElsewhere);
        assertEdgesWeighArticlesNamingBoth("/api/network?limit=300&q=oil", ids);
    }

    @Test
    void theNetworkPageOfASearchSaysSoAndKeepsTheSearchInItsLinks() throws Exception {
        List<Number> matching = json("/api/articles?size=100&q=oil", "$.content[*].id");
        String page = mvc.perform(get("/network").param("q", "oil")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("in the " + matching.size() + " articles matching the search", "Search: oil",
                "href=\"/api/network?q=oil\"", "href=\"/network.gexf?q=oil\"", "href=\"/articles.csv?q=oil\"",
                "name=\"q\" value=\"oil\"", "href=\"/network\"");
        // A plus sign in a search stays a plus sign in the links (it would read as a space unencoded).
        String plus = mvc.perform(get("/network").param("q", "oil +iran")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(plus).contains("href=\"/api/network?q=oil%20%2Biran\"");
    }

    @Test
    void theNetworkPageOfARangeOfDatesSaysSoAndKeepsTheDatesInItsForm() throws Exception {
        String page = mvc.perform(get("/network").param("from", "2022-01-01").param("to", "2022-12-31"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document document = Jsoup.parse(page);

        assertThat(document.select(".summary").text()).endsWith("links in the articles dated in the range")
                .doesNotContain("mentioning");
        assertThat(document.select(".chip-dates").text()).startsWith("2022-01-01 – 2022-12-31");
        assertThat(document.select(".chip-dates a.remove").attr("href")).isEqualTo("/network");
        assertThat(document.select("form.network-controls input[type=hidden]"))
                .extracting(input -> input.attr("name") + "=" + input.attr("value"))
                .containsExactly("from=2022-01-01", "to=2022-12-31");
    }

    @Test
    void aSearchThatCannotBeParsedIsABadRequestInEveryView() throws Exception {
        for (String path : List.of("/network", "/api/network", "/articles.csv", "/network.gexf")) {
            mvc.perform(get(path).param("q", "\"unclosed")).andExpect(status().isBadRequest());
        }
    }

    @Test
    void putinIranEdgeWeighsTheSeedArticlesNamingBoth() throws Exception {
        NamedEntity putin = entities.findById(personId("Vladimir Putin")).orElseThrow();
        NamedEntity iran = entities.findCountry("IR").orElseThrow();
        long expected = together(articlesOf(putin), articlesOf(iran));
        assertThat(expected).isPositive();

        String putinId = "person:" + putin.getId();
        List<Number> weights = json("/api/network", "$.edges[?((@.source == '" + putinId + "' && @.target == 'country:IR')"
                + " || (@.source == 'country:IR' && @.target == '" + putinId + "'))].weight");
        assertThat(weights).singleElement().satisfies(w -> assertThat(w.longValue()).isEqualTo(expected));
        List<Number> putinArticles = json("/api/network", "$.nodes[?(@.id == '" + putinId + "')].articles");
        assertThat(putinArticles).singleElement()
                .satisfies(n -> assertThat(n.longValue()).isEqualTo(articlesOf(putin).size()));
    }

    @Test
    void everyNodeAndEdgeOfTheCorpusNetworkMatchesTheAppearances() throws Exception {
        List<Map<String, Object>> nodes = json("/api/network?limit=300", "$.nodes");
        List<Map<String, Object>> edges = json("/api/network?limit=300", "$.edges");
        assertThat(nodes).hasSizeGreaterThan(10);
        Map<String, Set<Long>> articles = new HashMap<>();
        for (Map<String, Object> node : nodes) {
            NamedEntity entity = byNodeId((String) node.get("id"));
            articles.put((String) node.get("id"), articlesOf(entity));
            assertThat(node.get("type")).isIn("person", "organization", "country");
            assertThat(node.get("name")).isEqualTo(entity.getName());
            assertThat(node.get("url")).isEqualTo(entity.getPath());
            assertThat(((Number) node.get("articles")).longValue()).isEqualTo(articles.get(node.get("id")).size());
        }
        assertThat(nodes).extracting(n -> ((Number) n.get("articles")).longValue())
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(edges).isNotEmpty();
        for (Map<String, Object> edge : edges) {
            assertThat(((Number) edge.get("weight")).longValue()).as(edge.toString())
                    .isEqualTo(together(articles.get(edge.get("source")), articles.get(edge.get("target"))));
        }
    }

    @Test
    void anEdgeLinksToThePairsRelationshipPage() throws Exception {
        Map<String, Object> strongest = json("/api/network", "$.edges[0]");
        String url = (String) strongest.get("url");
        assertThat(url).isEqualTo("/relations?a=" + strongest.get("source") + "&b=" + strongest.get("target"));
        Integer listed = json("/api" + url, "$.articles.page.totalElements");
        assertThat(listed.longValue()).isEqualTo(((Number) strongest.get("weight")).longValue());
    }

    @Test
    void aFilteredNetworkCountsOnlyTheArticlesOfTheFilter() throws Exception {
        NamedEntity putin = entities.findById(personId("Vladimir Putin")).orElseThrow();
        Set<Long> putinArticles = articlesOf(putin);
        List<Map<String, Object>> nodes = json("/api/network?person=" + putin.getId(), "$.nodes");
        assertThat(nodes.get(0).get("id")).as("the filter's entity comes first among equals")
                .isEqualTo("person:" + putin.getId());
        for (Map<String, Object> node : nodes) {
            long expected = together(articlesOf(byNodeId((String) node.get("id"))), putinArticles);
            assertThat(((Number) node.get("articles")).longValue()).as(node.toString()).isEqualTo(expected);
        }
        assertEdgesWeighArticlesNamingBoth("/api/network?limit=300&person=" + putin.getId(), putinArticles);
    }

    @Test
    void limitAndMinimumWeightBoundTheNetwork() throws Exception {
        List<String> ids = json("/api/network?limit=4", "$.nodes[*].id");
        assertThat(ids).hasSize(4);
        List<String> sources = json("/api/network?limit=4", "$.edges[*].source");
        List<String> targets = json("/api/network?limit=4", "$.edges[*].target");
        assertThat(sources).isNotEmpty().allMatch(ids::contains);
        assertThat(targets).allMatch(ids::contains);
        List<Number> weights = json("/api/network?minWeight=3", "$.edges[*].weight");
        assertThat(weights).isNotEmpty().allMatch(w -> w.longValue() >= 3);
        List<Number> all = json("/api/network", "$.edges[*].weight");
        assertThat(all.size()).isGreaterThan(weights.size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/network?limit=1 | limit must be between 2 and 300",
            "/api/network?limit=301 | limit must be between 2 and 300",
            "/api/network?limit=many | limit",
            "/api/network?minWeight=0 | minWeight must be 1 or more",
            "/api/network?person=999999 | unknown person id 999999",
            "/api/network?country=Iran | two-letter",
            "/network?limit=0 | limit must be between 2 and 300",
            "/network.gexf?person=abc | person",
            "/network.graphml?country=ZZ | ZZ",
            "/network/co-mentions.csv | exactly one entity",
            "/network/co-mentions.csv?country=IR&country=RU | exactly one entity",
            "/articles.csv?size=0 | size",
            "/articles.csv?sort=oldest | sort must be",
    })
    void badParametersAreA400WithAMessage(String uri, String message) throws Exception {
        HttpResponse<String> response = fetch(uri, "application/json");
        assertThat(response.statusCode()).as(uri).isEqualTo(400);
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(response.body(), "$.message")).contains(message);
    }

    @Test
    void pageDrawsFromEmbeddedJsonAndListsEveryNodeInItsTable() throws Exception {
        Document page = Jsoup.parse(download("/network").getContentAsString(StandardCharsets.UTF_8));
        Element graph = page.selectFirst(".network-graph[data-network]");
        assertThat(graph).isNotNull();
        List<String> apiIds = json("/api/network", "$.nodes[*].id");
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(graph.attr("data-network"), "$.nodes[*].id"))
                .isEqualTo(apiIds);
        assertThat(page.select(".network-table tbody tr")).hasSize(apiIds.size());
        assertThat(page.select(".network-table tbody tr a.chip").eachAttr("href"))
                .allMatch(href -> href.matches("/(people|organizations|countries)/\\w+"));
        assertThat(page.select(".network-links a")).isNotEmpty();
        for (int i = 0; i < apiIds.size(); i++) {
            String rowPair = "/relations?a=" + apiIds.get(i) + "&b=";
            assertThat(page.select(".network-table tbody tr").get(i).select(".network-links a").eachAttr("href"))
                    .as("a row's links open its entity's pairs").allMatch(href -> href.startsWith(rowPair));
        }
        assertThat(page.select("script[src]").eachAttr("src")).contains("/js/network.js", "/webjars/d3/dist/d3.min.js");
        assertThat(page.select("nav a[aria-current=page]").text()).isEqualTo("Network");
        assertThat(page.select(".downloads a").eachAttr("href"))
                .contains("/network.gexf", "/network.graphml", "/articles.csv");
    }

    @Test
    void theGraphLibraryAndScriptAreServedByTheApp() throws Exception {
        assertThat(fetch("/webjars/d3/dist/d3.min.js", "*/*").statusCode()).isEqualTo(200);
        assertThat(fetch("/js/network.js", "*/*").body()).contains("forceSimulation");
    }

    @Test
    void entityPageShowsItsEgoNetworkAndDownloads() throws Exception {
        long putin = personId("Vladimir Putin");
        Document page = Jsoup.parse(download("/people/" + putin).getContentAsString(StandardCharsets.UTF_8));
        Element graph = page.selectFirst(".ego-network .network-graph");
        assertThat(graph.attr("data-src")).isEqualTo("/api/network?person=" + putin + "&limit=15");
        assertThat(graph.attr("data-center")).isEqualTo("person:" + putin);
        assertThat(page.select(".ego-network .downloads a").eachAttr("href")).contains(
                "/articles.csv?person=" + putin, "/network/co-mentions.csv?person=" + putin,
                "/network.gexf?person=" + putin, "/network.graphml?person=" + putin);
        List<String> ego = json(graph.attr("data-src"), "$.nodes[*].id");
        assertThat(ego).hasSizeBetween(2, 15).first().isEqualTo("person:" + putin);
    }

    @Test
    void gexfIsWellFormedAndHoldsTheNetwork() throws Exception {
        MockHttpServletResponse response = download("/network.gexf?limit=20");
        assertThat(response.getContentType()).startsWith("application/gexf+xml");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains("network.gexf");
        org.w3c.dom.Document gexf = parse(response.getContentAsByteArray());
        assertThat(gexf.getDocumentElement().getNamespaceURI()).isEqualTo(NetworkFiles.GEXF_NAMESPACE);
        assertSameGraph(gexf, NetworkFiles.GEXF_NAMESPACE, "/api/network?limit=20", "label", "weight");
    }

    @Test
    void graphmlIsWellFormedAndHoldsTheNetwork() throws Exception {
        MockHttpServletResponse response = download("/network.graphml?limit=20&country=IR");
        assertThat(response.getContentType()).startsWith("application/graphml+xml");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains("network.graphml");
        org.w3c.dom.Document graphml = parse(response.getContentAsByteArray());
        assertThat(graphml.getDocumentElement().getLocalName()).isEqualTo("graphml");
        assertSameGraph(graphml, NetworkFiles.GRAPHML_NAMESPACE, "/api/network?limit=20&country=IR", null, null);
        List<String> weights = texts(graphml.getElementsByTagNameNS(NetworkFiles.GRAPHML_NAMESPACE, "data"), "weight");
        List<Number> apiWeights = json("/api/network?limit=20&country=IR", "$.edges[*].weight");
        assertThat(weights).isEqualTo(apiWeights.stream().map(String::valueOf).toList());
    }

    private void assertSameGraph(org.w3c.dom.Document xml, String namespace, String api, String labelAttribute,
                                 String weightAttribute) throws Exception {
        NodeList nodes = xml.getElementsByTagNameNS(namespace, "node");
        NodeList edges = xml.getElementsByTagNameNS(namespace, "edge");
        List<String> ids = json(api, "$.nodes[*].id");
        List<String> names = json(api, "$.nodes[*].name");
        List<Number> weights = json(api, "$.edges[*].weight");
        assertThat(attributes(nodes, "id")).isEqualTo(ids);
        assertThat(edges.getLength()).isEqualTo(weights.size());
        if (labelAttribute != null) {
            assertThat(attributes(nodes, labelAttribute)).isEqualTo(names);
            assertThat(attributes(edges, weightAttribute)).isEqualTo(weights.stream().map(String::valueOf).toList());
        }
    }

    private static List<String> attributes(NodeList elements, String name) {
        return java.util.stream.IntStream.range(0, elements.getLength())
                .mapToObj(i -> ((org.w3c.dom.Element) elements.item(i)).getAttribute(name)).toList();
    }

    private static List<String> texts(NodeList data, String key) {
        return java.util.stream.IntStream.range(0, data.getLength()).mapToObj(i -> (org.w3c.dom.Element) data.item(i))
                .filter(e -> e.getAttribute("key").equals(key)).map(org.w3c.dom.Element::getTextContent).toList();
    }

    private static org.w3c.dom.Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @Test
    void coMentionCsvCountsTheArticlesNamingBoth() throws Exception {
        NamedEntity putin = entities.findById(personId("Vladimir Putin")).orElseThrow();
        MockHttpServletResponse response = download("/network/co-mentions.csv?person=" + putin.getId());
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment; filename=\"co-mentions-person-" + putin.getId() + ".csv\"");
        List<List<String>> rows = CsvReader.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(rows.get(0)).containsExactly("id", "type", "name", "articles_with_both", "entity_url", "articles_url");
        assertThat(rows).hasSizeGreaterThan(20);
        Set<Long> putinArticles = articlesOf(putin);
        for (List<String> row : rows.subList(1, 11)) {
            assertThat(Long.parseLong(row.get(3))).as(row.toString())
                    .isEqualTo(together(putinArticles, articlesOf(byNodeId(row.get(0)))));
            assertThat(row.get(4)).startsWith("http://localhost").endsWith(byNodeId(row.get(0)).getPath());
        }
        assertThat(rows.stream().map(row -> row.get(1)).distinct()).contains("person", "country", "topic");
    }

    @Test
    void coMentionCsvOfASearchCountsOnlyTheMatchingArticles() throws Exception {
        NamedEntity iran = entities.findCountry("IR").orElseThrow();
        List<Number> ids = json("/api/articles?size=100&country=IR&q=oil", "$.content[*].id");
        Set<Long> matching = ids.stream().map(Number::longValue).collect(Collectors.toSet());
        Set<Long> iranArticles = articlesOf(iran);
        assertThat(matching).as("the search keeps some of Iran's articles, not all").isNotEmpty()
                .hasSizeLessThan(iranArticles.size());

        List<List<String>> rows = CsvReader.parse(download("/network/co-mentions.csv?country=IR&q=oil")
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(rows).hasSizeGreaterThan(5);
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(Long.parseLong(row.get(3))).as(row.toString())
                    .isEqualTo(together(matching, articlesOf(byNodeId(row.get(0))))).isPositive();
            assertThat(row.get(5)).as("the articles link keeps the search").contains("q=oil").contains("country=IR");
        }
        List<List<String>> unfiltered = CsvReader.parse(download("/network/co-mentions.csv?country=IR")
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(unfiltered.stream().map(row -> row.get(0)).toList())
                .as("entities named with Iran only in articles the search leaves out")
                .containsAll(rows.stream().map(row -> row.get(0)).toList())
                .hasSizeGreaterThan(rows.size());
    }
}
