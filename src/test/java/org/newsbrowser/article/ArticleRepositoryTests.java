package org.newsbrowser.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsbrowser.DatabaseTest;
import org.newsbrowser.JpaSliceTest;
import org.newsbrowser.TestCorpus;
import org.newsbrowser.entity.Country;
import org.newsbrowser.entity.EntityCount;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.entity.Person;
import org.newsbrowser.entity.Topic;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * The article list's queries over a six-article corpus built by hand.
 *
 * <p>Flyway owns the schema here as in the app: {@code @DataJpaTest} includes
 * {@code @AutoConfigureDataSourceInitialization}, which imports Flyway's auto-configuration, so the migrations run
 * against the slice's embedded H2 (or PostgreSQL, see {@link DatabaseTest}), and {@code ddl-auto=validate} fails the
 * context if entities and migration differ.
 */
@DatabaseTest
@JpaSliceTest
class ArticleRepositoryTests {

    @Autowired
    ArticleRepository articles;

    @Autowired
    TestEntityManager em;

    TestCorpus corpus;
    Person putin;
    Person erdogan;
    Country iran;
    Country turkey;
    Country finland;
    Topic drones;

    /** Dated: visit (Jul 19), meeting (Jul 20), story (Jul 18). Undated: deal, finland, zebra. */
    Article visit;
    Article meeting;
    Article finlandArticle;
    Article deal;
    Article story;
    Article zebra;

    @BeforeEach
    void corpus() {
        corpus = new TestCorpus(em);
        putin = corpus.entity(new Person("Vladimir Putin"));
        erdogan = corpus.entity(new Person("Recep Tayyip Erdogan"));
        iran = corpus.entity(new Country("IR", "Iran"));
        turkey = corpus.entity(new Country("TR", "Turkey"));
        finland = corpus.entity(new Country("FI", "Finland"));
        drones = corpus.entity(new Topic("drones"));

        visit = corpus.article("Putin visits Tehran", Instant.parse("2024-07-19T08:00:00Z"));
        meeting = corpus.article("Erdogan meets Putin", Instant.parse("2024-07-20T08:00:00Z"));
        finlandArticle = corpus.article("Finland joins NATO", null);
        deal = corpus.article("Drone deal", null);
        story = corpus.article("Another Putin story", Instant.parse("2024-07-18T08:00:00Z"));
        zebra = corpus.article("Zebra news", null);

        corpus.appears(visit, putin, 5);
        corpus.appears(visit, iran, 3);
        corpus.appears(visit, drones, 1);
        corpus.appears(meeting, putin, 2);
        corpus.appears(meeting, erdogan, 4);
        corpus.appears(meeting, turkey, 2);
        corpus.appears(meeting, iran, 1);
        corpus.appears(meeting, drones, 1);
        corpus.appears(finlandArticle, erdogan, 1);
        corpus.appears(finlandArticle, finland, 3);
        corpus.appears(finlandArticle, turkey, 1);
        corpus.appears(deal, iran, 2);
        corpus.appears(deal, drones, 3);
        corpus.appears(story, putin, 1);
        corpus.flush();
    }

    @Test
    void unfilteredListShowsEveryArticle() {
        Page<ArticleRow> page = articles.findRows(ArticleFilter.NONE, ArticleSort.TITLE, PageRequest.of(0, 20));

        assertThat(page.getContent()).extracting(ArticleRow::id).containsExactlyInAnyOrder(
                visit.getId(), meeting.getId(), finlandArticle.getId(), deal.getId(), story.getId(), zebra.getId());
        assertThat(page.getTotalElements()).isEqualTo(6);
    }

    @Test
    void secondPageOfTwoHasTheThirdAndFourthArticlesAndTheTotal() {
        Page<ArticleRow> page = articles.findRows(ArticleFilter.NONE, ArticleSort.TITLE, PageRequest.of(1, 2));

        assertThat(page.getContent()).extracting(ArticleRow::title)
                .containsExactly("Erdogan meets Putin", "Finland joins NATO");
        assertThat(page.getTotalElements()).isEqualTo(6);
        assertThat(page.getTotalPages()).isEqualTo(3);
    }

    @Test
    void lastPartialPageStillKnowsTheTotal() {
        Page<ArticleRow> page = articles.findRows(ArticleFilter.NONE, ArticleSort.TITLE, PageRequest.of(1, 4));

        assertThat(page.getContent()).extracting(ArticleRow::title)
                .containsExactly("Putin visits Tehran", "Zebra news");
        assertThat(page.getTotalElements()).isEqualTo(6);
    }

    @Test
    void filterOfTwoEntitiesListsOnlyArticlesMentioningBoth() {
        Page<ArticleRow> page = articles.findRows(ArticleFilter.of(putin, iran), ArticleSort.NEWEST,
                PageRequest.of(0, 20));

        assertThat(page.getContent()).extracting(ArticleRow::id).containsExactly(meeting.getId(), visit.getId());
        assertThat(page.getTotalElements()).isEqualTo(2);
    }

    @Test
    void dateRangeKeepsArticlesDatedWithinItsDaysInclusiveAndCombinesWithEntities() {
        ArticleFilter july19to20 = ArticleFilter.NONE.withRange(LocalDate.of(2024, 7, 19), LocalDate.of(2024, 7, 20));
        assertThat(ids(july19to20)).containsExactly(meeting.getId(), visit.getId());
        assertThat(ids(ArticleFilter.NONE.withRange(LocalDate.of(2024, 7, 20), null))).containsExactly(meeting.getId());
        assertThat(ids(ArticleFilter.NONE.withRange(null, LocalDate.of(2024, 7, 18)))).containsExactly(story.getId());
        assertThat(ids(ArticleFilter.of(putin).withRange(null, LocalDate.of(2024, 7, 19))))
                .containsExactly(visit.getId(), story.getId());
        assertThat(articles.countEntities(july19to20, Set.of(EntityType.PERSON), 10)).extracting(EntityCount::articles)
                .containsExactly(2L, 1L);
    }

    @Test
    void countsDatedArticlesPerDayIgnoringUndatedOnes() {
        assertThat(articles.countByDay(ArticleFilter.NONE)).extracting(row -> row[0], row -> row[1]).containsExactly(
                tuple(LocalDate.of(2024, 7, 18), 1L), tuple(LocalDate.of(2024, 7, 19), 1L),
                tuple(LocalDate.of(2024, 7, 20), 1L));
        assertThat(articles.countByDay(ArticleFilter.of(erdogan))).extracting(row -> row[0])
                .containsExactly(LocalDate.of(2024, 7, 20));
    }

    private List<Long> ids(ArticleFilter filter) {
        return articles.findRows(filter, ArticleSort.NEWEST, PageRequest.of(0, 20)).map(ArticleRow::id).toList();
    }

    @Test
    void filterNobodyMatchesGivesAnEmptyPage() {
        Page<ArticleRow> page = articles.findRows(ArticleFilter.of(putin, finland), ArticleSort.NEWEST,
                PageRequest.of(0, 20));

        assertThat(page.getContent()).isEmpty();
        assertThat(page.getTotalElements()).isZero();
    }

    @Test
    void newestPutsDatedArticlesNewestFirstThenUndatedByTitle() {
        Page<ArticleRow> page = articles.findRows(ArticleFilter.NONE, ArticleSort.NEWEST, PageRequest.of(0, 20));

        assertThat(page.getContent()).extracting(ArticleRow::title).containsExactly(
                "Erdogan meets Putin", "Putin visits Tehran", "Another Putin story",
                "Drone deal", "Finland joins NATO", "Zebra news");
    }

    @Test
    void titleSortsAlphabetically() {
        Page<ArticleRow> page = articles.findRows(ArticleFilter.NONE, ArticleSort.TITLE, PageRequest.of(0, 20));

        assertThat(page.getContent()).extracting(ArticleRow::title).containsExactly(
                "Another Putin story", "Drone deal", "Erdogan meets Putin", "Finland joins NATO",
                "Putin visits Tehran", "Zebra news");
    }

    @Test
    void countryFacetCountsArticlesOfTheWholeCorpusMostFirst() {
        List<EntityCount> counts = articles.countEntities(ArticleFilter.NONE, Set.of(EntityType.COUNTRY), 10);

        assertThat(counts).extracting(c -> c.entity().getName(), EntityCount::articles)
                .containsExactly(tuple("Iran", 3L), tuple("Turkey", 2L), tuple("Finland", 1L));
    }

    @Test
    void facetCountsOnlyTheFilteredArticles() {
        List<EntityCount> counts = articles.countEntities(ArticleFilter.of(putin), Set.of(EntityType.COUNTRY), 10);

        // Putin is in visit, meeting and story: Iran is in two of those, Turkey in one, Finland in none.
        assertThat(counts).extracting(c -> c.entity().getName(), EntityCount::articles)
                .containsExactly(tuple("Iran", 2L), tuple("Turkey", 1L));
    }

    @Test
    void filteredEntitiesCountEveryFilteredArticle() {
        List<EntityCount> people = articles.countEntities(ArticleFilter.of(putin), Set.of(EntityType.PERSON), 10);

        assertThat(people).extracting(c -> c.entity().getName(), EntityCount::articles)
                .containsExactly(tuple("Vladimir Putin", 3L), tuple("Recep Tayyip Erdogan", 1L));
    }

    @Test
    void facetIsCutAtTheLimit() {
        List<EntityCount> counts = articles.countEntities(ArticleFilter.NONE, Set.of(EntityType.COUNTRY), 2);

        assertThat(counts).extracting(c -> c.entity().getName()).containsExactly("Iran", "Turkey");
    }

    @Test
    void relatedArticlesAreRankedBySharedEntitiesWithoutTheArticleItself() {
        List<Object[]> related = articles.findRelated(visit.getId(), Limit.of(10));

        // visit has Putin, Iran and drones: meeting shares all three, deal two (Iran, drones), story one (Putin).
        assertThat(related).extracting(row -> row[0], row -> row[1]).containsExactly(
                tuple(meeting.getId(), 3L), tuple(deal.getId(), 2L), tuple(story.getId(), 1L));
    }

    @Test
    void relatedArticlesAreCutAtTheLimit() {
        assertThat(articles.findRelated(visit.getId(), Limit.of(1))).extracting(row -> row[0])
                .containsExactly(meeting.getId());
    }

    @Test
    void sharedEntitiesAreExactlyThoseBothArticlesMention() {
        List<Object[]> shared = articles.findShared(visit.getId(), List.of(meeting.getId(), deal.getId()));

        Map<Object, Set<String>> namesByArticle = shared.stream().collect(Collectors.groupingBy(row -> row[0],
                Collectors.mapping(row -> ((NamedEntity) row[2]).getName(), Collectors.toSet())));
        assertThat(namesByArticle).containsOnly(
                Map.entry(meeting.getId(), Set.of("Vladimir Putin", "Iran", "drones")),
                Map.entry(deal.getId(), Set.of("Iran", "drones")));
        assertThat(shared).filteredOn(row -> row[0].equals(deal.getId())).extracting(row -> row[1])
                .containsOnly("Drone deal");
    }

    @Test
    void sharedEntitiesMentionedEquallyOftenComeInTheOrderTheOtherArticleNamesThem() {
        String text = "Erdogan hosted the summit, where Putin spoke.";
        Article summit = corpus.article("Summit in Ankara", text, null);
        corpus.mentions(summit, putin, "Putin", text.indexOf("Putin"));
        corpus.mentions(summit, erdogan, "Erdogan", text.indexOf("Erdogan"));
        corpus.flush();

        List<Object[]> shared = articles.findShared(meeting.getId(), List.of(summit.getId()));

        assertThat(shared).extracting(row -> ((NamedEntity) row[2]).getName())
                .containsExactly("Recep Tayyip Erdogan", "Vladimir Putin");
    }
}
