package org.newsbrowser.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.newsbrowser.NewsbrowserProperties;
import org.newsbrowser.article.ArticleContent;
import org.newsbrowser.extract.ArticleAnalyzer;
import org.newsbrowser.extract.ExtractedMention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ingests every article file of the corpus folder, each in its own transaction, on a background thread so that the
 * web server answers while it runs. Unchanged files are skipped by content hash, so a restart ingests nothing new;
 * a file that cannot be read is recorded with its reason and the others carry on.
 */
@Component
public class CorpusIngester {

    private static final Logger log = LoggerFactory.getLogger(CorpusIngester.class);

    private final NewsbrowserProperties properties;
    private final ArticleFileReader reader;
    private final ArticleAnalyzer analyzer;
    private final ArticleStore store;
    private final PeopleMerger peopleMerger;
    private final IngestProgress progress;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "ingest"));

    CorpusIngester(NewsbrowserProperties properties, ArticleFileReader reader, ArticleAnalyzer analyzer,
                   ArticleStore store, PeopleMerger peopleMerger, IngestProgress progress) {
        this.properties = properties;
        this.reader = reader;
        this.analyzer = analyzer;
        this.store = store;
        this.peopleMerger = peopleMerger;
        this.progress = progress;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ingestOnStartup() {
        if (properties.ingestOnStartup()) {
            ingestInBackground();
        } else {
            progress.finish();
        }
    }

    /** Starts ingesting the corpus folder on the ingest thread; the future completes when it is done. */
    public Future<?> ingestInBackground() {
        return executor.submit(() -> ingest(properties.corpusDir()));
    }

    /** Ingests every supported file under the folder, then merges people across the corpus. */
    public void ingest(Path corpusDir) {
        long started = System.nanoTime();
        List<Path> files = listFiles(corpusDir);
        progress.start(files.size());
        try {
            files.forEach(file -> ingestFile(corpusDir, file));
            int dropped = store.deleteUnmentionedEntities();
            int merged = peopleMerger.mergeSurnameOnlyPeople();
            log.info("Ingested {}: {} new or changed, {} unchanged, {} failed; {} people merged, {} entities no"
                            + " longer mentioned dropped, in {} ms",
                    corpusDir, progress.ingestedCount(), progress.skippedCount(), progress.failedCount(), merged,
                    dropped,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Ingest of {} stopped", corpusDir, e);
        } finally {
            progress.finish();
        }
    }

    private List<Path> listFiles(Path corpusDir) {
        if (!Files.isDirectory(corpusDir)) {
            log.warn("Corpus folder {} does not exist; nothing to ingest", corpusDir.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(corpusDir)) {
            return walk.filter(Files::isRegularFile).filter(reader::supports).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            log.error("Cannot list corpus folder {}", corpusDir, e);
            return List.of();
        }
    }

    private void ingestFile(Path corpusDir, Path file) {
        String source = corpusDir.relativize(file).toString();
        String hash = null;
        try {
            hash = contentHash(file);
            if (store.isCurrent(source, hash)) {
                progress.skipped();
                return;
            }
            ArticleContent content = reader.read(file);
            List<ExtractedMention> mentions = analyzer.analyze(content.text());
            store.save(source, hash, content, mentions);
            progress.ingested();
        } catch (UnreadableArticleException e) {
            fail(source, hash, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            fail(source, hash, "cannot read file: " + e.getMessage());
        } catch (RuntimeException e) {
            log.error("Failed to ingest {}", source, e);
            fail(source, hash, "internal error, see the log: " + rootCause(e));
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }

    private void fail(String source, String hash, String reason) {
        log.warn("Not ingested {}: {}", source, reason);
        store.recordFailure(source, hash, reason);
        progress.failed();
    }

    private String contentHash(Path file) throws IOException {
        if (Files.size(file) > ArticleFileReader.DEFAULT_MAX_BYTES) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
