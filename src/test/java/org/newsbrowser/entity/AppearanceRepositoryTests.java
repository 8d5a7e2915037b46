package org.newsbrowser.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsbrowser.DatabaseTest;
import org.newsbrowser.TestCorpus;
import org.newsbrowser.article.Article;
import org.springframework.beans.factory.annotation.Autowired;
import org.newsbrowser.JpaSliceTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * An entity page's queries: its articles and the snippets around its first mention in each. Flyway owns the
 * schema, as in {@link org.newsbrowser.article.ArticleRepositoryTests}.
 */
@DatabaseTest
@JpaSliceTest
class AppearanceRepositoryTests {

    private static final String NAME = "Ali Khamenei";

    @Autowired
    AppearanceRepository appearances;

    @Autowired
    TestEntityManager em;

    TestCorpus corpus;
    Person khamenei;

    @BeforeEach
    void corpus() {
        corpus = new TestCorpus(em);
        khamenei = corpus.entity(new Person(NAME));
    }

    @Test
    void entityArticlesAreListedMostMentionsFirstAndPaged() {
        Article once = corpus.article("Once", null);
        Article often = corpus.article("Often", null);
        Article twice = corpus.article("Twice", null);
        Article elsewhere = corpus.article("Elsewhere", null);
        corpus.appears(once, khamenei, 1);
        corpus.appears(often, khamenei, 7);
        corpus.appears(twice, khamenei, 2);
        corpus.appears(elsewhere, corpus.entity(new Person("Somebody Else")), 9);
        corpus.flush();

        Page<EntityArticle> first = appearances.findArticles(khamenei.getId(), PageRequest.of(0, 2));
        Page<EntityArticle> second = appearances.findArticles(khamenei.getId(), PageRequest.of(1, 2));

        assertThat(first.getContent()).extracting(EntityArticle::title, EntityArticle::mentionCount)
                .containsExactly(tuple("Often", 7), tuple("Twice", 2));
        assertThat(second.getContent()).extracting(EntityArticle::title).containsExactly("Once");
        assertThat(first.getTotalElements()).isEqualTo(3);
    }

    @Test
    void articlesAreRankedByAboutnessAndThoseBelowTheThresholdAreInPassing() {
        String text = "Filler sentence for a story of ordinary length.\n".repeat(62);
        Article headline = corpus.article("Headline", text, null);
        Article lead = corpus.article("Lead", text, null);
        Article often = corpus.article("Often", text, null);
        Article passing = corpus.article("Passing", text, null);
        Article longFeature = corpus.article("Long feature", text.repeat(4), null);
        em.persist(new Appearance(headline, khamenei, 1, 10, false, new Appearance.Placement(true, false, text.length())));
        em.persist(new Appearance(lead, khamenei, 1, 100, false, new Appearance.Placement(false, true, text.length())));
        em.persist(new Appearance(often, khamenei, 9, 900, false, new Appearance.Placement(false, false, text.length())));
        em.persist(new Appearance(passing, khamenei, 2, 900, false, new Appearance.Placement(false, false, text.length())));
        em.persist(new Appearance(longFeature, khamenei, 4, 900, false,
                new Appearance.Placement(false, false, 4 * text.length())));
        corpus.flush();

        List<EntityArticle> ranked = appearances.findArticles(khamenei.getId(), PageRequest.of(0, 10)).getContent();

        assertThat(ranked).extracting(EntityArticle::title, EntityArticle::about).containsExactly(
                tuple("Headline", true), tuple("Often", true), tuple("Lead", true), tuple("Passing", false),
                tuple("Long feature", false));
        assertThat(ranked.get(0).aboutness()).isCloseTo(3 + 1000.0 / text.length(), within(1e-9));
        assertThat(ranked.get(1).aboutness()).isEqualTo(3.0);
    }

    @Test
    void snippetOfADeepFirstMentionShowsTheMentionWithContextCutAtWords() {
        String opening = "The delegation arrived in the capital after a long journey through the mountains. ".repeat(6);
        String text = opening + NAME + " received the visitors at noon and spoke about the talks for an hour. "
                + "Later " + NAME + " left. " + "Nothing else happened that week in the city or anywhere. ".repeat(5);
        int first = opening.length();
        Article article = corpus.article("Deep mention", text, null);
        corpus.mentions(article, khamenei, NAME, first, text.indexOf("Later " + NAME) + 6);
        corpus.flush();

        MentionSnippet snippet = onlySnippet(article);

        assertThat(snippet.mention()).isEqualTo(NAME);
        assertThat(snippet.before()).startsWith("…").hasSizeLessThanOrEqualTo(MentionSnippet.CONTEXT + 1);
        String shownBefore = snippet.before().substring(1);
        assertThat(opening).endsWith(shownBefore);
        assertThat(opening.charAt(opening.length() - shownBefore.length() - 1))
                .as("character before the snippet").isEqualTo(' ');
        assertThat(snippet.after()).startsWith(" received the visitors at noon").endsWith("…");
        String shownAfter = snippet.after().substring(0, snippet.after().length() - 1);
        assertThat(text.substring(first + NAME.length())).startsWith(shownAfter);
        assertThat(text.charAt(first + NAME.length() + shownAfter.length())).as("character after the snippet")
                .isEqualTo(' ');
    }

    @Test
    void snippetOfAMentionAtTheStartHasNoEllipsisBefore() {
        String text = NAME + " said on Monday that the talks would continue.";
        Article article = corpus.article("Opening mention", text, null);
        corpus.mentions(article, khamenei, NAME, 0);
        corpus.flush();

        MentionSnippet snippet = onlySnippet(article);

        assertThat(snippet.before()).isEmpty();
        assertThat(snippet.mention()).isEqualTo(NAME);
        assertThat(snippet.after()).isEqualTo(" said on Monday that the talks would continue.");
    }

    @Test
    void windowsAreOnlyForTheFirstMentionInTheGivenArticles() {
        Article asked = corpus.article("Asked", "Intro. " + NAME + " spoke. " + NAME + " left.", null);
        Article notAsked = corpus.article("Not asked", NAME + " again.", null);
        corpus.mentions(asked, khamenei, NAME, 7, 7 + NAME.length() + 8);
        corpus.mentions(notAsked, khamenei, NAME, 0);
        corpus.flush();

        List<Object[]> windows = appearances.findFirstMentionWindows(khamenei.getId(), List.of(asked.getId()));

        assertThat(windows).extracting(row -> row[0], row -> row[1]).containsExactly(tuple(asked.getId(), 7));
    }

    /** The one snippet the entity page would show for the article, built from its first-mention window. */
    private MentionSnippet onlySnippet(Article article) {
        List<Object[]> windows = appearances.findFirstMentionWindows(khamenei.getId(), List.of(article.getId()));
        assertThat(windows).hasSize(1);
        Object[] w = windows.get(0);
        return MentionSnippet.of((Long) w[0], (String) w[4], ((Number) w[3]).intValue(), (Integer) w[1],
                (Integer) w[2]);
    }
}
