package org.newsbrowser.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.newsbrowser.article.ArticleContent;
import org.newsbrowser.extract.ArticleAnalyzer;
import org.newsbrowser.extract.ExtractedMention;
import org.newsbrowser.system.ForegroundRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One ingest run over some sources: the calling thread hashes each entry and skips what is already in, a pool of
 * threads reads and analyzes the rest (CoreNLP is the cost, so this is what uses every core), and the calling
 * thread stores the results in source order, several articles per transaction.
 *
 * <p>Storing in source order keeps the outcome the same as a one-by-one run: of two entries with the same content
 * the first is the article and the second its duplicate, whatever thread finished first. A batch that fails as a
 * whole is stored again one article per transaction, so one bad article loses nothing else. A run killed at any
 * point leaves whole batches committed and nothing half-written; the next run skips them by hash and resumes.
 */
final class ParallelIngest {

    private static final Logger log = LoggerFactory.getLogger(ParallelIngest.class);

    private final ArticleAnalyzer analyzer;
    private final ArticleStore store;
    private final IngestProgress progress;
    private final TransactionTemplate transactions;
    private final int batchSize;
    private final int windowSize;
    private final ExecutorService pool;
    private final ForegroundRequests foreground;
    private final Duration yieldToRequests;
    private final Deque<Future<Outcome>> window = new ArrayDeque<>();
    private final List<Hashed> hashed = new ArrayList<>();
    private final List<Outcome> batch = new ArrayList<>();
    private final List<IngestSummary.Failure> failures = new ArrayList<>();
    /** Entities looked up once per run; forgotten when a write rolls back. */
    private final ResolvedEntities resolvedEntities = new ResolvedEntities();
    private int ingested;
    private int skipped;

    ParallelIngest(ArticleAnalyzer analyzer, ArticleStore store, IngestProgress progress,
                   TransactionTemplate transactions, IngestProperties properties, ForegroundRequests foreground) {
        this.analyzer = analyzer;
        this.store = store;
        this.progress = progress;
        this.transactions = transactions;
        this.batchSize = properties.batchSize();
        this.foreground = foreground;
        this.yieldToRequests = properties.yieldToRequests();
        int threads = properties.effectiveThreads();
        // A batch is taken from the window and written while the threads analyze what is left in it: enough is
        // left that no thread waits while a batch is written, little enough to bound the memory.
        this.windowSize = 2 * batchSize + 4 * threads;
        AtomicInteger number = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "analyze-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** What became of an entry: an analyzed article to store, or a failure to record. */
    private sealed interface Outcome permits Analyzed, Failed {
        String source();

        String hash();
    }

    private record Analyzed(String source, String hash, ArticleContent content, List<ExtractedMention> mentions)
            implements Outcome {
    }

    private record Failed(String source, String hash, String reason) implements Outcome {
    }

    /** An entry and its content hash (null when its source gives none), not yet checked against the database. */
    private record Hashed(SourceEntry entry, String hash) {
    }

    /**
     * Ingests every entry of the sources, in order.
     *
     * @param sources each source under a label naming it in a failure of the whole source (a dump that cannot
     *                be opened)
     */
    IngestSummary run(Map<String, ArticleSource> sources) {
        long started = System.nanoTime();
        try {
            progress.start(Math.toIntExact(count(sources)));
            sources.forEach(this::ingest);
            while (!window.isEmpty()) {
                takeOldest();
            }
            flush();
        } finally {
            pool.shutdownNow();
        }
        return new IngestSummary(ingested, skipped, failures.size(), failures,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static long count(Map<String, ArticleSource> sources) {
        long total = 0;
        for (Map.Entry<String, ArticleSource> source : sources.entrySet()) {
            try {
                total += source.getValue().count();
            } catch (IOException | UncheckedIOException e) {
                total++;
            }
        }
        return total;
    }

    private void ingest(String label, ArticleSource source) {
        try (Stream<SourceEntry> entries = source.entries()) {
            entries.forEach(this::submit);
        } catch (IOException e) {
            checkHashed();
            queue(CompletableFuture.completedFuture(new Failed(label, null, ArticleFileReader.describe(e))));
        } catch (UncheckedIOException e) {
            checkHashed();
            queue(CompletableFuture.completedFuture(new Failed(label, null,
                    "stopped reading: " + ArticleFileReader.describe(e.getCause()))));
        }
        checkHashed();
    }

    /** Hashes an entry; entries are checked against the database a batch at a time, in order. */
    private void submit(SourceEntry entry) {
        String hash;
        try {
            hash = entry.contentHash();
        } catch (IOException e) {
            checkHashed();
            queue(CompletableFuture.completedFuture(new Failed(entry.source(), null, ArticleFileReader.describe(e))));
            return;
        }
        hashed.add(new Hashed(entry, hash));
        if (hashed.size() >= batchSize) {
            checkHashed();
        }
    }

    /**
     * Skips the hashed entries already ingested with the same content, fails those with the content of another
     * stored article, and hands the rest to the analysis threads: two queries for the lot, and one more for each
     * entry whose content some article has.
     */
    private void checkHashed() {
        if (hashed.isEmpty()) {
            return;
        }
        List<Hashed> toCheck = List.copyOf(hashed);
        hashed.clear();
        Map<String, String> storedHashOf = store.storedContentHashesOf(
                toCheck.stream().map(h -> h.entry().source()).toList());
        Set<String> storedHashes = store.storedContentHashes(
                toCheck.stream().map(Hashed::hash).filter(Objects::nonNull).toList());
        toCheck.forEach(h -> submit(h.entry(), h.hash(), storedHashOf.get(h.entry().source()), storedHashes));
    }

    private void submit(SourceEntry entry, String hash, String storedHash, Set<String> storedHashes) {
        String source = entry.source();
        if (storedHash != null && storedHash.equals(hash)) {
            skipped++;
            progress.skipped();
            return;
        }
        // Not authoritative (the entries ahead in the queue are not stored yet, see write), but it spares
        // analyzing a duplicate of an article stored by an earlier run.
        Optional<String> original = hash == null || !storedHashes.contains(hash) ? Optional.empty()
                : store.duplicateOf(source, hash);
        if (original.isPresent()) {
            queue(CompletableFuture.completedFuture(new Failed(source, hash, "duplicate of " + original.get())));
        } else {
            queue(pool.submit(() -> analyze(entry, hash)));
        }
    }

    private Outcome analyze(SourceEntry entry, String hash) {
        try {
            letReadersGoFirst();
            ArticleContent content = entry.read();
            return new Analyzed(entry.source(), hash, content, analyzer.analyze(content.text()));
        } catch (UnreadableArticleException e) {
            return new Failed(entry.source(), hash, e.getMessage());
        } catch (UncheckedIOException e) {
            return new Failed(entry.source(), hash, ArticleFileReader.describe(e.getCause()));
        } catch (RuntimeException | StackOverflowError e) {
            log.error("Failed to ingest {}", entry.source(), e);
            return new Failed(entry.source(), hash, internalError(e));
        }
    }

    /** Waits, up to a bound, while web requests are being served: on a busy server readers come first. */
    private void letReadersGoFirst() {
        if (yieldToRequests.isZero()) {
            return;
        }
        try {
            foreground.awaitQuiet(yieldToRequests);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void queue(Future<Outcome> outcome) {
        window.addLast(outcome);
        while (window.size() >= windowSize) {
            takeOldest();
        }
    }

    private void takeOldest() {
        try {
            batch.add(window.removeFirst().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis thread failed", e.getCause());
        }
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    /** Stores the batch in one transaction, or, when that fails, each outcome in its own. */
    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<Outcome> toWrite = List.copyOf(batch);
        batch.clear();
        List<Outcome> written;
        try {
            written = transactions.execute(status -> writeAll(toWrite));
        } catch (RuntimeException e) {
            resolvedEntities.clear();
            log.warn("Storing a batch of {} articles failed ({}); storing them one by one", toWrite.size(),
                    rootCause(e));
            written = toWrite.stream().map(this::writeAlone).toList();
        } finally {
            resolvedEntities.endBatch();
        }
        written.forEach(this::count);
    }

    /**
     * Stores outcomes in the current transaction, looking up what they have in common once: the entities their
     * articles mention, and which of their contents some stored article already has.
     */
    private List<Outcome> writeAll(List<Outcome> outcomes) {
        List<Analyzed> articles = outcomes.stream().filter(Analyzed.class::isInstance).map(Analyzed.class::cast)
                .toList();
        store.lookUpEntities(articles.stream().flatMap(article -> article.mentions().stream()).toList(),
                resolvedEntities);
        Set<String> storedHashes = new HashSet<>(store.storedContentHashes(
                articles.stream().map(Analyzed::hash).filter(Objects::nonNull).toList()));
        Set<String> storedSources = new LinkedHashSet<>();
        List<Outcome> written = new ArrayList<>(outcomes.size());
        for (Outcome outcome : outcomes) {
            Outcome result = write(outcome, storedHashes);
            if (result instanceof Analyzed article) {
                storedSources.add(article.source());
                storedHashes.add(article.hash());
            } else {
                storedSources.remove(result.source());
            }
            store.flushAndForget();
            written.add(result);
        }
        store.clearFailures(storedSources);
        return written;
    }

    /**
     * Stores an outcome; the article is a failure after all when an earlier entry has the same content.
     *
     * @param storedHashes every content hash an article stored so far may have (the others need no look-up)
     */
    private Outcome write(Outcome outcome, Set<String> storedHashes) {
        if (outcome instanceof Analyzed article) {
            Optional<String> original = article.hash() == null || !storedHashes.contains(article.hash())
                    ? Optional.empty() : store.duplicateOf(article.source(), article.hash());
            if (original.isEmpty()) {
                store.save(article.source(), article.hash(), article.content(), article.mentions(), resolvedEntities);
                return article;
            }
            outcome = new Failed(article.source(), article.hash(), "duplicate of " + original.get());
        }
        Failed failure = (Failed) outcome;
        store.recordFailure(failure.source(), failure.hash(), failure.reason());
        return failure;
    }

    private Outcome writeAlone(Outcome outcome) {
        try {
            return transactions.execute(status -> writeAll(List.of(outcome)).get(0));
        } catch (RuntimeException e) {
            resolvedEntities.clear();
            log.error("Failed to store {}", outcome.source(), e);
            Failed failure = new Failed(outcome.source(), outcome.hash(), internalError(e));
            try {
                store.recordFailure(failure.source(), failure.hash(), failure.reason());
            } catch (RuntimeException again) {
                log.error("Cannot record the failure of {} either", outcome.source(), again);
            }
            return failure;
        }
    }

    private void count(Outcome outcome) {
        if (outcome instanceof Failed failure) {
            log.warn("Not ingested {}: {}", failure.source(), failure.reason());
            failures.add(new IngestSummary.Failure(failure.source(), failure.reason()));
            progress.failed();
        } else {
            ingested++;
            progress.ingested();
        }
    }

    private static String internalError(Throwable e) {
        return "internal error, see the log: " + rootCause(e);
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }
}
