package org.newsbrowser.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.newsbrowser.entity.TestEntities.country;
import static org.newsbrowser.entity.TestEntities.person;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.newsbrowser.entity.AppearanceRepository;
import org.newsbrowser.entity.Country;
import org.newsbrowser.entity.EntityCount;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.Mention;
import org.newsbrowser.entity.MentionRepository;
import org.newsbrowser.entity.NamedEntityRepository;
import org.newsbrowser.entity.Person;
import org.newsbrowser.ingest.IngestProgress;
import org.newsbrowser.search.ArticleSearch;
import org.newsbrowser.search.Highlight;
import org.newsbrowser.search.SearchCounts;
import org.newsbrowser.search.SearchQuery;
import org.newsbrowser.search.SearchMatch;
import org.newsbrowser.search.SearchResults;
import org.newsbrowser.quote.QuoteRepository;
import org.newsbrowser.timeline.DayCount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ArticleController.class)
@Import({ArticleListing.class, ArticleFilters.class, IngestProgress.class})
class ArticleControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ArticleRepository articles;

    @MockitoBean
    MentionRepository mentions;

    @MockitoBean
    AppearanceRepository appearances;

    @MockitoBean
    NamedEntityRepository entities;

    @MockitoBean
    ArticleSearch search;

    @MockitoBean
    QuoteRepository quotes;

    /** What the list page has a search count: facets for its filter panel and days for its timeline. */
    private static final SearchCounts LIST_COUNTS = new SearchCounts(ArticleController.FACET_VALUES, true);

    private final Person putin = person(7, "Vladimir Putin");
    private final Country iran = country(3, "IR", "Iran");

    @Test
    void listShowsRowsAndFacetLinksThatAddToTheFilter() throws Exception {
        given(entities.findCountries(List.of("IR"))).willReturn(List.of(iran));
        given(articles.findRows(any(), any(), any())).willReturn(new PageImpl<>(
                List.of(new ArticleRow(1L, "Putin in Tehran", "The lead.", "a.txt", Instant.parse("2022-07-19T00:00:00Z"))),
                PageRequest.of(0, 20), 1));
        given(articles.countEntitiesByType(any(), any(), anyInt())).willReturn(Map.of(
                EntityType.PERSON, List.of(new EntityCount(putin, 1)),
                EntityType.COUNTRY, List.of(new EntityCount(iran, 1))));

        mvc.perform(get("/").param("country", "IR").param("sort", "title"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Putin in Tehran")))
                .andExpect(content().string(Matchers.containsString("19 Jul 2022")))
                .andExpect(content().string(Matchers.containsString("href=\"/?person=7&amp;country=IR&amp;sort=title\"")))
                .andExpect(content().string(Matchers.containsString("Remove Iran")));
    }

    @Test
    void timelineDrawsABarPerDayOfTheChosenDatesLinkingToTheListOnThatDayWithTheFilterKept() throws Exception {
        given(entities.findCountries(List.of("IR"))).willReturn(List.of(iran));
        given(articles.findRows(any(), any(), any())).willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 20), 0));
        given(articles.countByDay(ArticleFilter.of(iran).withRange(LocalDate.of(2022, 7, 18), null))).willReturn(List.of(
                new Object[] {LocalDate.of(2022, 7, 18), 2L}, new Object[] {LocalDate.of(2022, 7, 20), 1L}));

        mvc.perform(get("/").param("country", "IR").param("from", "2022-07-18"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<svg class=\"timeline-chart\"")))
                .andExpect(content().string(Matchers.containsString(
                        "href=\"/?country=IR&amp;from=2022-07-19&amp;to=2022-07-19\"")))
                .andExpect(content().string(Matchers.containsString("All dates")))
                .andExpect(content().string(Matchers.containsString("<title>18 Jul 2022: 2 articles</title>")))
                .andExpect(content().string(Matchers.containsString("src=\"/js/timeline.js\"")));
    }

    @Test
    void aSearchHasATimelineOfItsResultsCountedByTheIndexWhoseBarsKeepTheSearch() throws Exception {
        given(search.search(any(), eq(ArticleSort.RELEVANCE), any(), eq(LIST_COUNTS)))
                .willReturn(new SearchResults(new PageImpl<>(List.of(), PageRequest.of(0, 20), 3), Map.of(), Map.of(),
                        List.of(new DayCount(LocalDate.of(2022, 7, 18), 2, 0),
                                new DayCount(LocalDate.of(2022, 7, 20), 1, 0))));

        mvc.perform(get("/").param("q", "oil"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Search results over time")))
                .andExpect(content().string(Matchers.containsString("<title>18 Jul 2022: 2 articles</title>")))
                .andExpect(content().string(Matchers.containsString(
                        "href=\"/?q=oil&amp;from=2022-07-20&amp;to=2022-07-20\"")))
                .andExpect(content().string(Matchers.containsString("href=\"/network?q=oil\"")))
                .andExpect(content().string(Matchers.containsString("href=\"/articles.csv?q=oil\"")));
        // The index counted every result with the page: no list of matching ids, no count in the database.
        verify(search, never()).matches(any(), any(), anyInt());
        verify(articles, never()).countByDay(any());
    }

    @Test
    void aTimelineSaysWhetherItCountsSearchResultsOrArticles() throws Exception {
        assertThat(ArticleController.timelineHeading(new ArticleFilter(List.of(), SearchQuery.parse("oil"), null,
                null))).isEqualTo("Search results over time");
        assertThat(ArticleController.timelineHeading(ArticleFilter.of(iran))).isEqualTo("Articles over time");
    }

    @Test
    void unknownFilterValuesAreBadRequests() throws Exception {
        mvc.perform(get("/").param("person", "99")).andExpect(status().isBadRequest());
        mvc.perform(get("/").param("person", "abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/").param("country", "Iran")).andExpect(status().isBadRequest());
        mvc.perform(get("/").param("page", "-1")).andExpect(status().isBadRequest());
        mvc.perform(get("/").param("size", "101")).andExpect(status().isBadRequest());
    }

    @Test
    void unknownArticleIsNotFound() throws Exception {
        given(articles.findById(anyLong())).willReturn(Optional.empty());
        mvc.perform(get("/articles/42")).andExpect(status().isNotFound())
                .andExpect(status().reason("No article with id 42"));
    }

    @Test
    void articleTextIsRenderedAsTextWithMentionsLinked() throws Exception {
        Article article = new Article("evil.html");
        ReflectionTestUtils.setField(article, "id", 5L);
        String body = "Putin wrote <script>alert(1)</script> here.";
        article.update("hash", new ArticleContent("Title <b>bold</b>", body, body, body, null, null, null), Instant.now());
        given(articles.findById(5L)).willReturn(Optional.of(article));
        given(mentions.findByArticle(5L)).willReturn(List.of(new Mention(article, putin, 0, 5, "Putin", "Vladimir Putin", "test")));

        mvc.perform(get("/articles/5"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(Matchers.containsString("Title &lt;b&gt;bold&lt;/b&gt;")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>"))))
                .andExpect(content().string(Matchers.containsString("href=\"/people/7\"")));
    }

    @Test
    void relatedArticlesSayHowManyEntitiesOfEachTypeTheyShareAndLinkEachOne() throws Exception {
        Article shown = withArticleId(new Article("a.txt"), 1L);
        shown.update("h", new ArticleContent("Shown", "Text.", "Text.", "Text.", null, null, null), Instant.EPOCH);
        Person raisi = person(8, "Ebrahim Raisi");
        Country russia = country(4, "RU", "Russia");
        given(articles.findById(1L)).willReturn(java.util.Optional.of(shown));
        given(articles.findRelated(eq(1L), any())).willReturn(List.<Object[]>of(new Object[] {2L, 4L}));
        given(articles.findShared(eq(1L), any())).willReturn(List.of(
                new Object[] {2L, "Other", putin}, new Object[] {2L, "Other", iran},
                new Object[] {2L, "Other", raisi}, new Object[] {2L, "Other", russia}));

        mvc.perform(get("/articles/1"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.matchesRegex(
                        "(?s).*Shares\\s*<span>2 people</span> and <span>2 countries</span>\\s*</p>.*")))
                .andExpect(content().string(Matchers.containsString("href=\"/people/8\"")))
                .andExpect(content().string(Matchers.containsString("href=\"/countries/RU\"")))
                .andExpect(content().string(Matchers.containsString("<dt>Countries</dt>")));
    }

    private static Article withArticleId(Article article, long id) {
        org.springframework.test.util.ReflectionTestUtils.setField(article, "id", id);
        return article;
    }

    @Test
    void searchResultsShowHighlightsAsTextAndTheSearchFacets() throws Exception {
        Highlight snippet = new Highlight(List.of(new Highlight.Segment("<script>alert(1)</script> in ", false),
                new Highlight.Segment("Tehran", true)));
        given(search.search(any(), eq(ArticleSort.RELEVANCE), any(), eq(LIST_COUNTS)))
                .willReturn(new SearchResults(new PageImpl<>(List.of(new ArticleRow(1L, "Putin in Tehran", "The lead.",
                        "a.txt", null)), PageRequest.of(0, 20), 1),
                        Map.of(1L, new SearchMatch(1.5f, Highlight.NONE, snippet)),
                        Map.of(EntityType.PERSON, List.of(new EntityCount(putin, 1))), List.of()));

        mvc.perform(get("/").param("q", "tehran"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("&lt;script&gt;alert(1)&lt;/script&gt; in <mark>Tehran</mark>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>"))))
                .andExpect(content().string(Matchers.containsString("href=\"/?q=tehran&amp;person=7\"")))
                .andExpect(content().string(Matchers.containsString("value=\"tehran\"")));
    }

    @Test
    void searchSyntaxErrorsAreBadRequests() throws Exception {
        mvc.perform(get("/").param("q", "\"unclosed")).andExpect(status().isBadRequest());
        mvc.perform(get("/").param("q", "*")).andExpect(status().isBadRequest());
    }
}
