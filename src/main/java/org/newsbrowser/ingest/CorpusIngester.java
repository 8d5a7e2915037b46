package org.newsbrowser.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsbrowser.NewsbrowserProperties;
import org.newsbrowser.extract.ArticleAnalyzer;
import org.newsbrowser.system.ForegroundRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ingests articles: the corpus folder on a background thread at start-up (so the web server answers while it
 * runs), or the folders and dumps given to the {@code ingest} command. Every run goes the same way
 * ({@link ParallelIngest}): unchanged articles are skipped by content hash, so a rerun or a restart after an
 * interruption ingests only what is missing; an article with the same content as another is recorded as its
 * duplicate, so none is listed twice; one that cannot be read is recorded with its reason and the others carry on.
 */
@Component
public class CorpusIngester {

    private static final Logger log = LoggerFactory.getLogger(CorpusIngester.class);
    /**
     * Written in the data folder while an ingest runs, and deleted when it ends, even by an error: found at the
     * start of the next ingest, or at start-up without one, it tells that a process was killed mid-ingest, and that
     * the database may keep rows of the articles it was writing (see {@link ArticleStore#deleteHalfWrittenArticles}).
     * Checking that in every ingest would read every mention: seven seconds at 100,000 articles.
     */
    static final String RUNNING_MARKER = "ingest-running";

    private final NewsbrowserProperties properties;
    private final IngestProperties ingestProperties;
    private final ArticleSources sources;
    private final ArticleAnalyzer analyzer;
    private final ArticleStore store;
    private final PeopleMerger peopleMerger;
    private final IngestProgress progress;
    private final TransactionTemplate transactions;
    private final ForegroundRequests foreground;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "ingest"));

    CorpusIngester(NewsbrowserProperties properties, IngestProperties ingestProperties, ArticleSources sources,
                   ArticleAnalyzer analyzer, ArticleStore store, PeopleMerger peopleMerger, IngestProgress progress,
                   PlatformTransactionManager transactionManager, ForegroundRequests foreground) {
        this.properties = properties;
        this.ingestProperties = ingestProperties;
        this.sources = sources;
        this.analyzer = analyzer;
        this.store = store;
        this.peopleMerger = peopleMerger;
        this.progress = progress;
        this.transactions = new TransactionTemplate(transactionManager);
        this.foreground = foreground;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ingestOnStartup() {
        if (properties.ingestOnStartup()) {
            ingestInBackground();
        } else {
            // No ingest will clean up after a killed one, and an article left without its text cannot be shown.
            cleanUpAfterKilledIngest(properties.dataDir().resolve(RUNNING_MARKER));
            progress.finish();
        }
    }

    /** Deletes what a killed ingest left half written, when the marker it leaves says there was one. */
    private void cleanUpAfterKilledIngest(Path running) {
        if (Files.exists(running)) {
            int deleted = store.deleteHalfWrittenArticles();
            log.warn("The last ingest was interrupted: {} rows it left half written deleted", deleted);
            deleteQuietly(running);
        }
    }

    /** Starts ingesting the corpus folder on the ingest thread; the future completes when it is done. */
    public Future<?> ingestInBackground() {
        return executor.submit(() -> ingest(properties.corpusDir()));
    }

    /** Ingests every supported file under the folder, then merges people across the corpus. */
    public IngestSummary ingest(Path corpusDir) {
        if (!Files.isDirectory(corpusDir)) {
            log.warn("Corpus folder {} does not exist; nothing to ingest", corpusDir.toAbsolutePath());
            return ingest(corpusDir.toString(), Map.of());
        }
        return ingest(corpusDir.toString(), Map.of(corpusDir.toString(), sources.open(corpusDir)));
    }

    /** Ingests folders and dump files, each named relative to itself (see {@link ArticleSources#open}). */
    public IngestSummary ingest(List<Path> paths) {
        Map<String, ArticleSource> named = new LinkedHashMap<>();
        paths.forEach(path -> named.put(path.toString(), sources.open(path)));
        return ingest(String.join(", ", named.keySet()), named);
    }

    /**
     * Ingests the entries of the sources, then drops entities no article mentions any more and merges people
     * across the corpus. Runs on the calling thread; entries are analyzed on {@code newsbrowser.ingest.threads}.
     */
    IngestSummary ingest(String description, Map<String, ArticleSource> named) {
        Path running = properties.dataDir().resolve(RUNNING_MARKER);
        try {
            cleanUpAfterKilledIngest(running);
            Files.createDirectories(properties.dataDir());
            Files.writeString(running, description);
            IngestSummary summary = new ParallelIngest(analyzer, store, progress, transactions, ingestProperties,
                    foreground)
                    .run(named);
            int dropped = store.deleteUnmentionedEntities();
            int merged = peopleMerger.mergeSurnameOnlyPeople();
            log.info("Ingested {}: {} new or changed, {} unchanged, {} failed; {} people merged, {} entities no"
                            + " longer mentioned dropped, in {} ms",
                    description, summary.ingested(), summary.skipped(), summary.failed(), merged, dropped,
                    summary.elapsed().toMillis());
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark the ingest as running in " + properties.dataDir(), e);
        } catch (RuntimeException e) {
            log.error("Ingest of {} stopped", description, e);
            throw e;
        } finally {
            deleteQuietly(running);
            progress.finish();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: the next ingest will check for rows left by an interrupted one", file, e);
        }
    }
}
