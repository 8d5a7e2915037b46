package org.newsbrowser.ingest;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsbrowser.article.Article;
import org.newsbrowser.article.ArticleContent;
import org.newsbrowser.article.ArticleRepository;
import org.newsbrowser.entity.AppearanceRepository;
import org.newsbrowser.entity.Mention;
import org.newsbrowser.entity.MentionRepository;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.extract.ExtractedMention;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one ingested article with its mentions, entities and appearances in a single transaction, so a crash or
 * a bad file never leaves half an article behind.
 */
@Service
public class ArticleStore {

    private final ArticleRepository articles;
    private final MentionRepository mentions;
    private final AppearanceRepository appearances;
    private final IngestFailureRepository failures;
    private final EntityResolver entityResolver;
    private final Clock clock;

    ArticleStore(ArticleRepository articles, MentionRepository mentions, AppearanceRepository appearances,
                 IngestFailureRepository failures, EntityResolver entityResolver, Clock clock) {
        this.articles = articles;
        this.mentions = mentions;
        this.appearances = appearances;
        this.failures = failures;
        this.entityResolver = entityResolver;
        this.clock = clock;
    }

    /** Whether the file was already ingested with exactly this content. */
    @Transactional(readOnly = true)
    public boolean isCurrent(String source, String contentHash) {
        return articles.findContentHash(source).map(hash -> hash.equals(contentHash)).orElse(false);
    }

    /**
     * Stores an article read from {@code source}, replacing what an earlier version of the file left (the article
     * keeps its id so links to it stay valid), and clears any failure recorded for the file.
     */
    @Transactional
    public Article save(String source, String contentHash, ArticleContent content, List<ExtractedMention> found) {
        Article article = articles.findBySource(source).orElseGet(() -> new Article(source));
        if (article.getId() != null) {
            mentions.deleteByArticle(article.getId());
            appearances.deleteByArticle(article.getId());
        }
        article.update(contentHash, content, clock.instant());
        articles.save(article);
        saveMentions(article, found);
        failures.deleteBySource(source);
        return article;
    }

    private void saveMentions(Article article, List<ExtractedMention> found) {
        Map<ExtractedMention, NamedEntity> entities = new HashMap<>();
        for (ExtractedMention m : found) {
            entities.put(m, entityResolver.resolve(m.type(), m.normalized()));
        }
        mentions.saveAll(found.stream().map(m -> new Mention(article, entities.get(m), m.begin(), m.end(),
                clip(m.text()), clip(m.normalized()), m.extractor())).toList());
        article.replaceAppearances(appearances.saveAll(AppearanceBuilder.of(article, found, entities::get)));
    }

    private static String clip(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    /** Deletes the entities that no article mentions any more, as after a changed file dropped a name. */
    @Transactional
    public int deleteUnmentionedEntities() {
        return entityResolver.deleteUnmentioned();
    }

    /** The file, other than {@code source}, already ingested with exactly this content, if any. */
    @Transactional(readOnly = true)
    public Optional<String> duplicateOf(String source, String contentHash) {
        return articles.findSourcesWithContent(contentHash, source, Limit.of(1)).stream().findFirst();
    }

    /**
     * Records that a file could not be ingested, replacing an earlier record for it. An article left by an earlier,
     * readable version of the file goes: a file is either an article or a failure, never both.
     */
    @Transactional
    public void recordFailure(String source, String contentHash, String reason) {
        // Deleted as an entity, not by a bulk query, so that the search index drops the article too.
        articles.findBySource(source).ifPresent(articles::delete);
        IngestFailure failure = failures.findBySource(source).orElseGet(() -> new IngestFailure(source));
        failure.record(contentHash, reason, clock.instant());
        failures.save(failure);
    }
}
