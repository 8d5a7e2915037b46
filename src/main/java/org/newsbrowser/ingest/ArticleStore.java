package org.newsbrowser.ingest;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsbrowser.article.Article;
import org.newsbrowser.article.ArticleContent;
import org.newsbrowser.article.ArticleRepository;
import org.newsbrowser.entity.Appearance;
import org.newsbrowser.entity.AppearanceRepository;
import org.newsbrowser.entity.MentionRepository;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.entity.NamedEntityRepository;
import org.newsbrowser.extract.ExtractedMention;
import org.newsbrowser.extract.Prominence;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final NamedEntityRepository namedEntities;
    private final IngestFailureRepository failures;
    private final EntityResolver entityResolver;
    private final Clock clock;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;

    ArticleStore(ArticleRepository articles, MentionRepository mentions, AppearanceRepository appearances,
                 NamedEntityRepository namedEntities, IngestFailureRepository failures, EntityResolver entityResolver, Clock clock,
                 EntityManager entityManager, JdbcTemplate jdbc) {
        this.articles = articles;
        this.mentions = mentions;
        this.appearances = appearances;
        this.namedEntities = namedEntities;
        this.failures = failures;
        this.entityResolver = entityResolver;
        this.clock = clock;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    /**
     * Writes what the current transaction holds so far and forgets it, so that an article stored after many
     * others in one transaction costs no more than the first: Hibernate checks every entity it holds before each
     * query, and an article brings hundreds of mentions.
     */
    @Transactional
    public void flushAndForget() {
        entityManager.flush();
        entityManager.clear();
    }

    /** Whether the file was already ingested with exactly this content. */
    @Transactional(readOnly = true)
    public boolean isCurrent(String source, String contentHash) {
        return articles.findContentHash(source).map(hash -> hash.equals(contentHash)).orElse(false);
    }

    /**
     * Stores an article read from {@code source}, replacing what an earlier version of the file left (the article
     * keeps its id so links to it stay valid), and clears any failure recorded for the file.
     *
     * @param entityIds entity ids already resolved in this ingest run, added to here; forget them after a rollback
     */
    @Transactional
    public Article save(String source, String contentHash, ArticleContent content, List<ExtractedMention> found,
                        Map<String, Long> entityIds) {
        Article article = articles.findBySource(source).orElseGet(() -> new Article(source));
        if (article.getId() != null) {
            mentions.deleteByArticle(article.getId());
            appearances.deleteByArticle(article.getId());
        }
        article.update(contentHash, content, clock.instant());
        articles.save(article);
        entityManager.flush();
        saveMentions(article, found, Prominence.of(content.text(), found), entityIds);
        failures.deleteBySource(source);
        return article;
    }

    /**
     * Writes mentions with a plain JDBC batch: nothing reads them back in this transaction, and one batched
     * statement costs a fraction of an insert per row.
     */
    private void saveMentions(Article article, List<ExtractedMention> found, Set<Prominence.Key> prominentKeys,
                              Map<String, Long> entityIds) {
        List<Object[]> mentionRows = new ArrayList<>(found.size());
        Map<Long, int[]> countAndFirst = new LinkedHashMap<>();
        Set<Long> prominent = new HashSet<>();
        for (ExtractedMention m : found) {
            long entityId = entityResolver.resolveId(m.type(), m.normalized(), entityIds);
            mentionRows.add(new Object[] {article.getId(), entityId, m.begin(), m.end(), clip(m.text()),
                    clip(m.normalized()), m.extractor()});
            countAndFirst.computeIfAbsent(entityId, e -> new int[] {0, m.begin()})[0]++;
            if (prominentKeys.contains(Prominence.Key.of(m))) {
                prominent.add(entityId);
            }
        }
        entityManager.flush();
        jdbc.batchUpdate("insert into mention (article_id, entity_id, begin_offset, end_offset, text, normalized,"
                + " extractor) values (?, ?, ?, ?, ?, ?, ?)", mentionRows);
        saveAppearances(article, countAndFirst, prominent);
    }

    /**
     * Appearances go through JPA, unlike mentions: the search index reads them from the article in this
     * transaction (see {@code org.newsbrowser.search}), and an article has tens of them, not hundreds. Their
     * entities are loaded in one query, as the index needs each one's type.
     */
    private void saveAppearances(Article article, Map<Long, int[]> countAndFirst, Set<Long> prominent) {
        Map<Long, NamedEntity> entities = new HashMap<>();
        namedEntities.findAllById(countAndFirst.keySet()).forEach(e -> entities.put(e.getId(), e));
        List<Appearance> rows = countAndFirst.entrySet().stream()
                .map(e -> new Appearance(article, entities.get(e.getKey()), e.getValue()[0], e.getValue()[1],
                        prominent.contains(e.getKey())))
                .toList();
        rows.forEach(entityManager::persist);
        article.replaceAppearances(rows);
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
