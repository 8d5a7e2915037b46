package org.newsbrowser.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.newsbrowser.article.Article;
import org.newsbrowser.article.ArticleRepository;
import org.newsbrowser.system.PagesChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index at start-up when it does not hold one document per article: a data directory from
 * before search existed, an index deleted by hand, or one left behind by a crash between a database commit and the
 * index write. Writes are indexed as they happen; this only repairs. It runs before the start-up ingest begins
 * (runners run before the application is ready), while the pages already answer. An index built for an older
 * mapping was deleted before it was opened ({@link SearchIndexVersion}), so it is rebuilt here too.
 */
@Component
class SearchIndexInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexInitializer.class);

    private final EntityManagerFactory entityManagerFactory;
    private final ArticleRepository articles;
    private final SearchIndexVersion version;
    private final ApplicationEventPublisher events;

    /** Published once the index was rebuilt: searches rendered before may have missed articles. */
    record Rebuilt() implements PagesChanged {
    }

    SearchIndexInitializer(EntityManagerFactory entityManagerFactory, ArticleRepository articles,
                           SearchIndexVersion version, ApplicationEventPublisher events) {
        this.entityManagerFactory = entityManagerFactory;
        this.articles = articles;
        this.version = version;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        try {
            rebuildIfOutOfDate();
            // Only now does the index hold every article as the current mapping indexes it (an outdated index was
            // deleted before Hibernate Search opened it: see SearchIndexVersion).
            version.markCurrent();
        } catch (SearchException e) {
            // An unreachable search cluster must not stop the app: browsing works without it, and searches say so.
            log.error("Could not check the search index: {}", e.getMessage());
        }
    }

    /** Rebuilds the index if its document count differs from the article count; returns whether it did. */
    boolean rebuildIfOutOfDate() throws InterruptedException {
        long inDatabase = articles.count();
        long indexed = indexedCount();
        if (indexed == inDatabase) {
            return false;
        }
        log.info("The search index holds {} articles, the database {}: rebuilding the index", indexed, inDatabase);
        long start = System.nanoTime();
        Search.mapping(entityManagerFactory).scope(Article.class).massIndexer()
                .purgeAllOnStart(true)
                .threadsToLoadObjects(1)
                .startAndWait();
        log.info("Indexed {} articles in {} s", inDatabase, (System.nanoTime() - start) / 1_000_000_000);
        events.publishEvent(new Rebuilt());
        return true;
    }

    private long indexedCount() {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            return Search.session(entityManager).search(Article.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }
}
