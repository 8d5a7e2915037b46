package org.newsbrowser;

import java.time.Instant;
import java.util.Arrays;
import org.newsbrowser.article.Article;
import org.newsbrowser.article.ArticleContent;
import org.newsbrowser.entity.Appearance;
import org.newsbrowser.entity.Mention;
import org.newsbrowser.entity.NamedEntity;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

/**
 * Writes articles, entities and appearances straight through a {@link TestEntityManager}, the way ingest leaves
 * them, so that repository tests can build a corpus small enough to reason about by hand.
 */
public final class TestCorpus {

    private static final Instant INGESTED = Instant.parse("2024-08-01T00:00:00Z");

    private final TestEntityManager em;

    public TestCorpus(TestEntityManager em) {
        this.em = em;
    }

    /** Stores an article whose text is its title followed by a line of filler; {@code publishedAt} may be null. */
    public Article article(String title, Instant publishedAt) {
        return article(title, title + ".\n\nMore about it.", publishedAt);
    }

    /** Stores an article with the given cleaned text, under a source file named after its title. */
    public Article article(String title, String text, Instant publishedAt) {
        Article article = new Article(title.replace(' ', '-') + ".txt");
        article.update("hash-" + title.hashCode(),
                new ArticleContent(title, text, text, text.lines().findFirst().orElse(""), null, publishedAt, null),
                INGESTED);
        return em.persist(article);
    }

    public <T extends NamedEntity> T entity(T entity) {
        return em.persist(entity);
    }

    /** Records that {@code entity} appears {@code mentionCount} times in {@code article}, first at offset 0. */
    public void appears(Article article, NamedEntity entity, int mentionCount) {
        em.persist(new Appearance(article, entity, mentionCount, 0));
    }

    /** Records that an article is about {@code entity} (named in its lead), with {@code mentionCount} mentions. */
    public void isAbout(Article article, NamedEntity entity, int mentionCount) {
        em.persist(new Appearance(article, entity, mentionCount, 0, true,
                new Appearance.Placement(false, true, article.getBody().length())));
    }

    /**
     * Records the mentions of {@code mentionText} at each of {@code offsets} in the article's text, and the
     * appearance summing them, as ingest does.
     */
    public void mentions(Article article, NamedEntity entity, String mentionText, int... offsets) {
        for (int offset : offsets) {
            em.persist(new Mention(article, entity, offset, offset + mentionText.length(), mentionText,
                    entity.getName(), "test"));
        }
        em.persist(new Appearance(article, entity, offsets.length, Arrays.stream(offsets).min().orElseThrow()));
    }

    /** Writes everything to the database and empties the persistence context, so queries read only what was stored. */
    public void flush() {
        em.flush();
        em.clear();
    }
}
