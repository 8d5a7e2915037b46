package org.newsbrowser.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsbrowser.JpaSliceTest;
import org.newsbrowser.TestCorpus;
import org.newsbrowser.entity.Country;
import org.newsbrowser.entity.EntityCount;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;

/**
 * A filter selecting more articles than H2 keeps of a result in memory. H2 keeps 40,000 rows a gigabyte of heap and
 * buffers the rest to disk, and reading a subquery's buffered result as the values of {@code in (...)} failed inside
 * H2 (an {@code ArrayIndexOutOfBoundsException}): at 100,000 articles, the list filtered by the United States (58,757
 * articles) answered 500, and so did a month of 1987 (41,425 articles). Here H2 keeps three rows, so six articles are
 * enough to show it.
 */
@JpaSliceTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:file:./target/h2-filter-over-many/${random.uuid}"
        + ";MAX_MEMORY_ROWS=3")
class FilterOverManyArticlesTests {

    private static final Instant JULY_19 = Instant.parse("2024-07-19T08:00:00Z");

    @Autowired
    ArticleRepository articles;

    @Autowired
    TestEntityManager em;

    Person putin;
    Country russia;

    @BeforeEach
    void sixArticlesNamingPutinAndRussia() {
        TestCorpus corpus = new TestCorpus(em);
        putin = corpus.entity(new Person("Vladimir Putin"));
        russia = corpus.entity(new Country("RU", "Russia"));
        Country iran = corpus.entity(new Country("IR", "Iran"));
        for (int i = 0; i < 6; i++) {
            Article article = corpus.article("Putin story " + i, JULY_19.plusSeconds(i));
            corpus.appears(article, putin, 2);
            corpus.appears(article, russia, 1);
            if (i % 2 == 0) {
                corpus.appears(article, iran, 1);
            }
        }
        corpus.flush();
    }

    @Test
    void countsTheEntitiesOfAnEntitysArticles() {
        List<EntityCount> countries = articles.countEntities(ArticleFilter.of(putin), Set.of(EntityType.COUNTRY), 10);

        assertThat(countries).extracting(c -> c.entity().getName(), EntityCount::articles)
                .containsExactly(tuple("Russia", 6L), tuple("Iran", 3L));
    }

    @Test
    void countsTheEntitiesOfARangeOfDates() {
        ArticleFilter july19 = ArticleFilter.NONE.withRange(LocalDate.of(2024, 7, 19), LocalDate.of(2024, 7, 19));

        Map<EntityType, List<EntityCount>> counts = articles.countEntitiesByType(july19,
                Set.of(EntityType.PERSON, EntityType.COUNTRY), 10);

        assertThat(counts.get(EntityType.PERSON)).extracting(EntityCount::articles).containsExactly(6L);
        assertThat(counts.get(EntityType.COUNTRY)).extracting(c -> c.entity().getName(), EntityCount::articles)
                .containsExactly(tuple("Russia", 6L), tuple("Iran", 3L));
    }

    @Test
    void listsAndCountsTheArticlesOfARangeOfDates() {
        ArticleFilter july19 = ArticleFilter.NONE.withRange(LocalDate.of(2024, 7, 19), LocalDate.of(2024, 7, 19));

        assertThat(articles.findRows(july19, ArticleSort.NEWEST, PageRequest.of(0, 4)).getTotalElements())
                .isEqualTo(6);
        assertThat(articles.countByDay(july19)).extracting(day -> day[1]).containsExactly(6L);
    }
}
