package org.newsbrowser.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.Search;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsbrowser.SeedCorpusTestSupport;
import org.newsbrowser.article.Article;
import org.newsbrowser.article.ArticleContent;
import org.newsbrowser.article.ArticleFilter;
import org.newsbrowser.article.ArticleRepository;
import org.newsbrowser.article.ArticleSort;
import org.newsbrowser.entity.AppearanceRepository;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.ingest.ArticleStore;
import org.newsbrowser.ingest.ResolvedEntities;
import org.newsbrowser.timeline.DayCount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Search over the ingested seeds, through the page and the API: every result set is checked against a scan of the
 * articles' own text, so the tests hold whatever the seeds say.
 */
class ArticleSearchTests extends SeedCorpusTestSupport {

    @Autowired
    ArticleRepository articles;

    @Autowired
    AppearanceRepository appearances;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    ArticleStore store;

    @Autowired
    SearchIndexInitializer indexInitializer;

    @Autowired
    ArticleSearch search;

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "nuclear                      # \\bnuclear\\b",
            "\"supreme leader\"           # \\bsupreme\\s+leader\\b",
            "\"Iranian and Turkish\"      # \\biranian\\s+and\\s+turkish\\b",
            "sanction*                    # \\bsanction",
            "sanction                     # \\bsanction(s|ed|ing)?\\b",
            "Erdoğan                      # \\berdo[gğ]an",
    })
    void findsExactlyTheArticlesWhoseTextMatches(String q, String regex) throws Exception {
        Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Set<Long> expected = articlesWhere(text -> pattern.matcher(text).find());
        assertThat(expected).as("the seeds have articles for %s", q).isNotEmpty();
        assertThat(resultIds(q)).as(q).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void booleanOperatorsCombineResultSets() throws Exception {
        Set<Long> nuclear = new HashSet<>(resultIds("nuclear"));
        Set<Long> erdogan = new HashSet<>(resultIds("erdogan"));
        assertThat(nuclear).isNotEqualTo(erdogan);

        assertThat(resultIds("nuclear AND erdogan")).containsExactlyInAnyOrderElementsOf(intersection(nuclear, erdogan));
        assertThat(resultIds("nuclear erdogan")).containsExactlyInAnyOrderElementsOf(intersection(nuclear, erdogan));
        assertThat(resultIds("nuclear OR erdogan")).containsExactlyInAnyOrderElementsOf(union(nuclear, erdogan));
        assertThat(resultIds("nuclear NOT erdogan")).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(difference(nuclear, erdogan));
        assertThat(resultIds("nuclear -erdogan")).containsExactlyInAnyOrderElementsOf(difference(nuclear, erdogan));
        assertThat(resultIds("NOT erdogan")).containsExactlyInAnyOrderElementsOf(difference(allIds(), erdogan));
        assertThat(resultIds("(nuclear OR erdogan) NOT (nuclear erdogan)")).containsExactlyInAnyOrderElementsOf(
                difference(union(nuclear, erdogan), intersection(nuclear, erdogan)));
    }

    @Test
    void resultsAreRankedByRelevanceTitleMatchesFirst() throws Exception {
        List<Long> ids = resultIds("tehran");
        List<Double> scores = jsonAt("/api/articles?size=100&q=tehran", "$.content[*].score");
        assertThat(ids).hasSizeGreaterThan(1);
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        List<Boolean> inTitle = ids.stream()
                .map(id -> articles.findById(id).orElseThrow().getTitle().toLowerCase(Locale.ROOT).contains("tehran"))
                .toList();
        assertThat(inTitle).contains(true, false);
        assertThat(inTitle.indexOf(false)).as("title matches come first").isGreaterThan(inTitle.lastIndexOf(true));
    }

    @Test
    void otherOrdersAreSelectableAndPaginationKeepsTheSearch() throws Exception {
        List<String> titles = jsonAt("/api/articles?size=100&sort=title&q=drone*", "$.content[*].title");
        assertThat(titles).hasSizeGreaterThan(1).isSorted();

        Document page = html("/?q=drone*&sort=title&size=1");
        assertThat(URLDecoder.decode(page.select(".pager a[rel=next]").attr("href"), StandardCharsets.UTF_8))
                .contains("q=drone*").contains("sort=title").contains("page=1");
        assertThat(page.select(".sort a").eachText()).containsExactly("Newest", "Title", "Relevance");
    }

    @Test
    void searchCombinesWithEntityFilters() throws Exception {
        Set<Long> grain = new HashSet<>(resultIds("grain"));
        NamedEntity person = entities.findAll().stream().filter(e -> e.getType() == EntityType.PERSON)
                .filter(e -> {
                    Set<Long> both = intersection(grain, articlesMentioning(e));
                    return !both.isEmpty() && !both.equals(grain);
                })
                .findFirst().orElseThrow(() -> new AssertionError("the seeds have a person in some grain articles"));

        assertThat(resultIds("grain", "&person=" + person.getId()))
                .containsExactlyInAnyOrderElementsOf(intersection(grain, articlesMentioning(person)));
    }

    @Test
    void facetCountsAreNarrowedToTheResult() throws Exception {
        Set<Long> result = new HashSet<>(resultIds("nuclear NOT erdogan"));
        Document page = html("/?q=" + encode("nuclear NOT erdogan"));
        List<Element> facets = page.select("#filters a.facet");
        assertThat(facets).isNotEmpty();
        for (Element facet : facets) {
            String href = facet.attr("href");
            assertThat(href).as("a facet keeps the search").contains("q=nuclear");
            EntityType type = EntityType.valueOf(facet.className().replaceAll(".*facet-(\\w+).*", "$1")
                    .toUpperCase(Locale.ROOT));
            String name = facet.selectFirst(".facet-name").text();
            NamedEntity entity = entities.findAll().stream()
                    .filter(e -> e.getType() == type && e.getName().equals(name)).findFirst().orElseThrow();
            long expected = intersection(result, articlesMentioning(entity)).size();
            assertThat(Long.parseLong(facet.selectFirst(".count").text())).as(name).isEqualTo(expected);
        }
    }

    @Test
    void matchesAreHighlightedAndArticleMarkupIsShownAsText() throws Exception {
        String source = "search-test/markup.txt";
        String text = "Lorem <script>alert('xylophone')</script> and <b>bold</b> xylophone claims.";
        store.save(source, "hash-of-markup",
                new ArticleContent("Xylophone <i>markup</i> story", text, text, "A lead.", null, null, null),
                List.of(), new ResolvedEntities());
        try {
            Document page = html("/?q=xylophone");
            Element row = page.selectFirst(".article-row");
            assertThat(row.select("h2 mark").eachText()).containsExactly("Xylophone");
            assertThat(row.selectFirst("h2").text()).isEqualTo("Xylophone <i>markup</i> story");
            assertThat(row.select(".snippet mark").eachText()).containsOnly("xylophone");
            assertThat(row.selectFirst(".snippet").text()).contains("<script>alert('", "<b>bold</b>");
            assertThat(page.select("script, i, b")).as("no markup from the article").isEmpty();

            String snippet = jsonAt("/api/articles?q=xylophone", "$.content[0].snippet");
            assertThat(snippet).contains("&lt;script&gt;alert(", "<mark>xylophone</mark>").doesNotContain("<script>");
        } finally {
            articles.delete(articles.findBySource(source).orElseThrow());
        }
        assertThat(resultIds("xylophone")).as("a deleted article leaves the index").isEmpty();
    }

    @Test
    void phrasesAndPrefixesAreHighlightedWhereTheyMatch() throws Exception {
        String text = "Rangers counted quokkas on the island. The quokka island census found more quokkas than last "
                + "year. Island life suits them; a census of wallabies follows.";
        List<String> sources = saveArticles(new ArticleContent("Quokka island census", text, text, "A lead.", null,
                null, null));
        try {
            // A phrase is marked where its words stand together, nowhere else.
            assertThat(markedTitle("\"island census\"")).isEqualTo("Quokka [island census]");
            assertThat(markedSnippet("\"island census\""))
                    .isEqualTo("The quokka [island census] found more quokkas than last year.");
            // A prefix marks every word it starts, in the title and the passages.
            assertThat(markedTitle("quokk*")).isEqualTo("[Quokka] island census");
            assertThat(markedSnippet("quokk*")).contains(
                    "The [quokka] island census found more [quokkas] than last year.",
                    "Rangers counted [quokkas] on the island.");
        } finally {
            deleteArticles(sources);
        }
    }

    @Test
    void aSearchCountsEveryDatedResultPerUtcDayWithItsPage() throws Exception {
        List<String> sources = saveArticles(
                numbat("Numbat count begins", Instant.parse("2021-03-04T00:10:00Z")),
                numbat("Numbat count ends late", Instant.parse("2021-03-04T23:59:00Z")),
                numbat("Numbat count next day", Instant.parse("2021-03-05T00:00:00Z")),
                numbat("Numbat count undated", null));
        try {
            ArticleFilter filter = new ArticleFilter(List.of(), SearchQuery.parse("numbat"), null, null);
            SearchResults found = search.search(filter, ArticleSort.RELEVANCE, PageRequest.of(0, 1),
                    new SearchCounts(0, true));
            assertThat(found.page().getContent()).hasSize(1);
            assertThat(found.page().getTotalElements()).isEqualTo(4);
            assertThat(found.days()).containsExactly(new DayCount(LocalDate.of(2021, 3, 4), 2, 0),
                    new DayCount(LocalDate.of(2021, 3, 5), 1, 0));

            Document page = html("/?q=numbat&size=1");
            assertThat(page.select(".timeline figcaption").text()).contains("Search results over time",
                    "3 dated articles");
            assertThat(page.select(".timeline .bar title").eachText())
                    .containsExactly("4 Mar 2021: 2 articles", "5 Mar 2021: 1 article");
        } finally {
            deleteArticles(sources);
        }
    }

    private static ArticleContent numbat(String title, Instant publishedAt) {
        String text = title + ": rangers counted the numbats of the reserve.";
        return new ArticleContent(title, text, text, text, null, publishedAt, null);
    }

    /** Stores articles without entities (as ingest would with none found); returns their sources. */
    private List<String> saveArticles(ArticleContent... contents) {
        List<String> sources = new ArrayList<>();
        for (ArticleContent content : contents) {
            String source = "search-test/" + content.title().replace(' ', '-') + ".txt";
            store.save(source, "hash-of-" + source, content, List.of(), new ResolvedEntities());
            sources.add(source);
        }
        return sources;
    }

    private void deleteArticles(List<String> sources) {
        sources.forEach(source -> articles.delete(articles.findBySource(source).orElseThrow()));
    }

    /** The first result's title as the list shows it, each match in brackets (adjacent matches as one). */
    private String markedTitle(String q) throws Exception {
        return bracketed(html("/?q=" + encode(q)).selectFirst(".article-row h2 a").html());
    }

    /** The first result's passages as the API gives them, each match in brackets (adjacent matches as one). */
    private String markedSnippet(String q) throws Exception {
        return bracketed(jsonAt("/api/articles?q=" + encode(q), "$.content[0].snippet"));
    }

    /** Marks as brackets; a phrase marked word by word reads as one match. */
    private static String bracketed(String html) {
        return html.replace("</mark> <mark>", " ").replace("<mark>", "[").replace("</mark>", "]").strip();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "\"supreme leader              # a quote is not closed",
            "NOT                           # NOT needs a word after it",
            "*                             # letters before *",
            "iran AND                      # AND needs a word after it",
            "(iran                         # a ( is not closed",
    })
    void syntaxErrorsAreBadRequestsWithAMessage(String q, String message) throws Exception {
        for (String path : List.of("/?q=", "/api/articles?q=")) {
            for (String accept : List.of("text/html", "application/json")) {
                HttpResponse<String> response = fetch(path + encode(q), accept);
                assertThat(response.statusCode()).as("%s%s as %s", path, q, accept).isEqualTo(400);
                assertThat(response.body()).contains(message).doesNotContain("Exception", "at org.");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {501, 10_000})
    void overlongSearchesAreBadRequests(int length) throws Exception {
        MvcResult result = mvc.perform(get("/api/articles").param("q", "a".repeat(length))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResolvedException()).hasMessageContaining("at most " + SearchQuery.MAX_LENGTH);
        assertThat(fetch("/?q=" + "a".repeat(length), "text/html").statusCode()).isEqualTo(400);
    }

    @Test
    void theIndexHoldsEachArticleWithTheEntitiesOfItsAppearances() {
        for (EntityType type : EntityType.values()) {
            assertThat(indexedCounts(type)).as(type.name()).isEqualTo(databaseCounts(type));
        }
    }

    @Test
    void anIndexThatDoesNotMatchTheDatabaseIsRebuiltAtStartUp() throws Exception {
        Search.mapping(entityManagerFactory).scope(Article.class).workspace().purge();
        Search.mapping(entityManagerFactory).scope(Article.class).workspace().refresh();
        assertThat(resultIds("nuclear")).isEmpty();

        assertThat(indexInitializer.rebuildIfOutOfDate()).isTrue();
        assertThat(indexInitializer.rebuildIfOutOfDate()).isFalse();
        assertThat(resultIds("nuclear")).isNotEmpty();
        assertThat(indexedCounts(EntityType.PERSON)).isEqualTo(databaseCounts(EntityType.PERSON));
    }

    private Map<Long, Long> indexedCounts(EntityType type) {
        AggregationKey<Map<Long, Long>> key = AggregationKey.of("counts");
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            return Search.session(entityManager).search(Article.class).where(f -> f.matchAll())
                    .aggregation(key, f -> f.terms().field(ArticleEntitiesBinder.fieldName(type), Long.class)
                            .maxTermCount(10_000))
                    .fetch(0).aggregation(key);
        }
    }

    private Map<Long, Long> databaseCounts(EntityType type) {
        Map<Long, Long> counts = new HashMap<>();
        entities.findAll().stream().filter(e -> e.getType() == type)
                .forEach(e -> counts.put(e.getId(), (long) articlesMentioning(e).size()));
        return counts;
    }

    private Set<Long> articlesMentioning(NamedEntity entity) {
        return appearances.findByEntity(entity).stream().map(a -> a.getArticle().getId()).collect(Collectors.toSet());
    }

    /** GETs JSON with the URI as given (already encoded). */
    private <T> T jsonAt(String uri, String path) throws Exception {
        return JsonPath.read(mvc.perform(get(URI.create(uri))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8), path);
    }

    private List<Long> resultIds(String q) throws Exception {
        return resultIds(q, "");
    }

    private List<Long> resultIds(String q, String otherParameters) throws Exception {
        List<Number> ids = jsonAt("/api/articles?size=100&q=" + encode(q) + otherParameters, "$.content[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    private Set<Long> articlesWhere(Predicate<String> textMatches) {
        return articles.findAll().stream().filter(a -> textMatches.test(a.getTitle() + "\n" + a.getBody()))
                .map(Article::getId).collect(Collectors.toSet());
    }

    private Set<Long> allIds() {
        return articlesWhere(text -> true);
    }

    private Document html(String uri) throws Exception {
        return Jsoup.parse(mvc.perform(get(URI.create(uri))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** Percent-encodes a query value, a space as %20 (MockMvc does not read + as a space). */
    private static String encode(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Set<Long> intersection(Set<Long> a, Set<Long> b) {
        Set<Long> result = new HashSet<>(a);
        result.retainAll(b);
        return result;
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> result = new HashSet<>(a);
        result.addAll(b);
        return result;
    }

    private static Set<Long> difference(Set<Long> a, Set<Long> b) {
        Set<Long> result = new HashSet<>(a);
        result.removeAll(b);
        return result;
    }
}
