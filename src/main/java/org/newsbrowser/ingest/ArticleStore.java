package org.newsbrowser.ingest;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.newsbrowser.article.Article;
import org.newsbrowser.article.ArticleContent;
import org.newsbrowser.article.ArticleRepository;
import org.newsbrowser.entity.Appearance;
import org.newsbrowser.entity.AppearanceRepository;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.MentionRepository;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.extract.ExtractedMention;
import org.newsbrowser.quote.Quote;
import org.newsbrowser.quote.QuoteAttributor;
import org.newsbrowser.quote.QuoteRepository;
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
    private final QuoteRepository quotes;
    private final IngestFailureRepository failures;
    private final EntityResolver entityResolver;
    private final Clock clock;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final QuoteAttributor quoteAttributor = new QuoteAttributor();
    private final TextDates textDates = new TextDates();

    ArticleStore(ArticleRepository articles, MentionRepository mentions, AppearanceRepository appearances,
                 QuoteRepository quotes, IngestFailureRepository failures, EntityResolver entityResolver,
                 Clock clock, EntityManager entityManager, JdbcTemplate jdbc) {
        this.articles = articles;
        this.mentions = mentions;
        this.appearances = appearances;
        this.quotes = quotes;
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

    /**
     * Looks up the entities of a batch's mentions in a few queries, so that storing each article of the batch
     * needs no look-up per name (see {@link EntityResolver#lookUp}).
     */
    @Transactional
    public void lookUpEntities(Collection<ExtractedMention> mentions, ResolvedEntities known) {
        entityResolver.lookUp(mentions, known);
    }

    /** Of these files, by name, those already ingested: the content hash each was stored with. */
    @Transactional(readOnly = true)
    public Map<String, String> storedContentHashesOf(Collection<String> sources) {
        Map<String, String> hashes = new HashMap<>();
        if (!sources.isEmpty()) {
            articles.findStoredContents(sources).forEach(stored -> hashes.put(stored.source(), stored.contentHash()));
        }
        return hashes;
    }

    /**
     * Stores an article read from {@code source}, replacing what an earlier version of the file left (the article
     * keeps its id so links to it stay valid). An article whose file gives no date is dated from its text (dateline
     * or first full date), recording which; quotes are attributed to the article's people. A failure recorded for
     * the file stays until {@link #clearFailures} in the same transaction, one statement for a batch of articles.
     *
     * @param resolved entities already resolved in this ingest run, added to here; forget them after a rollback
     */
    @Transactional
    public Article save(String source, String contentHash, ArticleContent content, List<ExtractedMention> found,
                        ResolvedEntities resolved) {
        Article article = articles.findBySource(source).orElseGet(() -> new Article(source));
        if (article.getId() != null) {
            mentions.deleteByArticle(article.getId());
            appearances.deleteByArticle(article.getId());
            quotes.deleteByArticle(article.getId());
        }
        article.update(contentHash, content, clock.instant());
        if (content.publishedAt() == null) {
            textDates.find(content.text()).ifPresent(d -> article.dateFromText(d.date(), d.source()));
        }
        articles.save(article);
        Map<ExtractedMention, NamedEntity> entityOf = new HashMap<>();
        found.forEach(m -> entityOf.put(m, entityResolver.resolve(m.type(), m.normalized(), resolved)));
        saveAppearances(article, found, entityOf::get);
        Map<String, NamedEntity> people = new HashMap<>();
        found.stream().filter(m -> m.type() == EntityType.PERSON)
                .forEach(m -> people.put(m.normalized(), entityOf.get(m)));
        saveQuotes(article, content.text(), found, people);
        // One flush writes the article, its new entities, appearances and quotes, each kind in a JDBC batch (ids
        // come from sequences); the mentions refer to the article and entities, so they go after it.
        entityManager.flush();
        saveMentions(article, found, entityOf);
        return article;
    }

    /**
     * Writes mentions with a plain JDBC batch: nothing reads them back in this transaction, and one batched
     * statement costs a fraction of an insert per row.
     */
    private void saveMentions(Article article, List<ExtractedMention> found,
                              Map<ExtractedMention, NamedEntity> entityOf) {
        List<Object[]> mentionRows = new ArrayList<>(found.size());
        for (ExtractedMention m : found) {
            mentionRows.add(new Object[] {article.getId(), entityOf.get(m).getId(), m.begin(), m.end(),
                    clip(m.text()), clip(m.normalized()), m.extractor()});
        }
        jdbc.batchUpdate("insert into mention (article_id, entity_id, begin_offset, end_offset, text, normalized,"
                + " extractor) values (?, ?, ?, ?, ?, ?, ?)", mentionRows);
    }

    /** Deletes the failures recorded for these files, now stored as articles: one statement for a batch. */
    @Transactional
    public void clearFailures(Collection<String> sources) {
        if (!sources.isEmpty()) {
            failures.deleteBySources(sources);
        }
    }

    /** Which of these content hashes an article already stored has: the only candidates for a duplicate. */
    @Transactional(readOnly = true)
    public Set<String> storedContentHashes(Collection<String> contentHashes) {
        return contentHashes.isEmpty() ? Set.of() : new HashSet<>(articles.findContentHashesIn(contentHashes));
    }

    /**
     * Appearances go through JPA, unlike mentions: the search index reads them from the article in this
     * transaction (see {@code org.newsbrowser.search}), and an article has tens of them, not hundreds.
     */
    private void saveAppearances(Article article, List<ExtractedMention> found,
                                 Function<ExtractedMention, NamedEntity> entityOf) {
        List<Appearance> rows = AppearanceBuilder.of(article, found, entityOf);
        rows.forEach(entityManager::persist);
        article.replaceAppearances(rows);
    }

    private void saveQuotes(Article article, String text, List<ExtractedMention> found, Map<String, NamedEntity> people) {
        quotes.saveAll(quoteAttributor.attribute(text, found).stream()
                .filter(q -> people.containsKey(q.speaker()))
                .map(q -> new Quote(article, people.get(q.speaker()), q.begin(), q.end(), q.text(), q.cue()))
                .toList());
    }

    private static String clip(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    /**
     * Deletes what an ingest killed midway may have left half written, and returns how many rows: articles without
     * their text (deleted as entities, so that the search index drops them too; the next ingest writes them again),
     * then mentions, appearances, quotes and texts whose article is missing. The database forbids the latter, yet
     * H2 2.4 killed mid-ingest (SIGKILL) was seen to roll back an article it had not committed while keeping two of
     * its mentions ({@code CrashSafetyIT}).
     */
    @Transactional
    public int deleteHalfWrittenArticles() {
        List<Long> withoutText = jdbc.queryForList("select id from article a"
                + " where not exists (select 1 from article_text t where t.article_id = a.id)", Long.class);
        articles.deleteAllById(withoutText);
        articles.flush();
        return withoutText.size() + Stream.of("mention", "appearance", "quote", "article_text")
                .mapToInt(table -> jdbc.update("delete from " + table
                        + " r where not exists (select 1 from article a where a.id = r.article_id)"))
                .sum();
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
