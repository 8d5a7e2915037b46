package org.newsbrowser.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * a file with the same content as another file's article is recorded as its duplicate, so no article is listed
 * twice; a file that cannot be read is recorded with its reason and the others carry on.
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
        ingest(corpusDir, listFiles(corpusDir));
    }

    /**
     * Ingests a listing of the folder, then merges people across the corpus. Separate from the listing so that a
     * test can hand it a file that is gone by the time it is read, as when a file is deleted during an ingest.
     */
    void ingest(Path corpusDir, List<CorpusEntry> entries) {
        long started = System.nanoTime();
        progress.start(entries.size());
        try {
            entries.forEach(entry -> ingestEntry(corpusDir, entry));
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

    /**
     * An entry of the corpus folder: an article file to read, or something with an article's name that cannot be
     * one ({@code refusal} says why: a named pipe, a link to a folder, a folder that cannot be listed).
     */
    record CorpusEntry(Path path, String refusal) {

        static CorpusEntry file(Path path) {
            return new CorpusEntry(path, null);
        }
    }

    /**
     * Every supported file under the folder, in name order. Links to folders are not followed (a link to a parent
     * folder would make the walk endless, and a corpus should not reach outside its folder); they, files that are
     * not regular files (a named pipe would block the ingest on opening) and folders that cannot be read are
     * listed with the reason they are not read. Links to files are read like files.
     */
    List<CorpusEntry> listFiles(Path corpusDir) {
        if (!Files.isDirectory(corpusDir)) {
            log.warn("Corpus folder {} does not exist; nothing to ingest", corpusDir.toAbsolutePath());
            return List.of();
        }
        List<CorpusEntry> entries = new ArrayList<>();
        try {
            Files.walkFileTree(corpusDir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isSymbolicLink() && Files.isDirectory(file)) {
                        entries.add(new CorpusEntry(file, "link to a folder, not followed (it could loop or lead"
                                + " outside the corpus folder)"));
                    } else if (reader.supports(file)) {
                        entries.add(Files.isRegularFile(file) ? CorpusEntry.file(file) : new CorpusEntry(file,
                                "not a regular file (a named pipe, device or socket, or a broken link)"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    entries.add(new CorpusEntry(file, "folder or file cannot be listed: "
                            + ArticleFileReader.describe(e).replaceFirst("^cannot read file: ", "")));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            log.error("Cannot list corpus folder {}", corpusDir, e);
        }
        entries.sort(Comparator.comparing(CorpusEntry::path));
        return entries;
    }

    private void ingestEntry(Path corpusDir, CorpusEntry entry) {
        String source = corpusDir.relativize(entry.path()).toString();
        if (entry.refusal() != null) {
            fail(source, null, entry.refusal());
            return;
        }
        String hash = null;
        try {
            hash = contentHash(entry.path());
            if (store.isCurrent(source, hash)) {
                progress.skipped();
                return;
            }
            if (hash != null) {
                Optional<String> original = store.duplicateOf(source, hash);
                if (original.isPresent()) {
                    fail(source, hash, "duplicate of " + original.get());
                    return;
                }
            }
            ArticleContent content = reader.read(entry.path());
            List<ExtractedMention> mentions = analyzer.analyze(content.text());
            store.save(source, hash, content, mentions);
            progress.ingested();
        } catch (UnreadableArticleException e) {
            fail(source, hash, e.getMessage());
        } catch (IOException e) {
            fail(source, hash, ArticleFileReader.describe(e));
        } catch (UncheckedIOException e) {
            fail(source, hash, ArticleFileReader.describe(e.getCause()));
        } catch (RuntimeException | StackOverflowError e) {
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

    /** SHA-256 of the file's bytes, streamed; null when the file is over the reader's limit and will be refused. */
    private String contentHash(Path file) throws IOException {
        if (Files.size(file) > reader.maxBytes()) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
