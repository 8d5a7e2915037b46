package org.newsbrowser.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Picks the reader for a path, by its extension and a look at its first bytes:
 * <ul>
 *   <li>a folder: every supported file under it, recursively ({@link FolderSource});</li>
 *   <li>{@code .txt}, {@code .html}, {@code .htm}: one article ({@link ArticleFileReader});</li>
 *   <li>{@code .sgm}, {@code .sgml}, or any file starting with Reuters' {@code <!DOCTYPE lewis} or {@code <REUTERS}:
 *       Reuters-21578 records ({@link ReutersSgmlSource});</li>
 *   <li>{@code .csv}: one article per row ({@link CsvSource});</li>
 *   <li>{@code .jsonl}, {@code .ndjson}, or a {@code .json} file whose first line is a JSON object: one article
 *       per line ({@link JsonLinesSource}).</li>
 * </ul>
 */
public final class ArticleSources {

    private static final int SNIFF_BYTES = 512;

    private final ArticleFileReader reader;

    public ArticleSources(ArticleFileReader reader) {
        this.reader = reader;
    }

    /**
     * The source for a path given on the command line or as the corpus folder; its entries are named relative to
     * the folder, or after the file's own name.
     */
    public ArticleSource open(Path path) {
        if (Files.isDirectory(path)) {
            return new FolderSource(path, this);
        }
        String name = String.valueOf(path.getFileName());
        if (!Files.exists(path)) {
            return () -> Stream.of(SourceEntry.refused(name, "no such file or folder"));
        }
        return file(path, name);
    }

    /** Whether a file in a folder is one this class reads: an article file or a dump. */
    boolean supports(Path file) {
        String lower = lowerName(file);
        return reader.supports(file) || isDumpExtension(lower) || lower.endsWith(".json");
    }

    /** The source of one file found in a folder, named by {@code name}. */
    ArticleSource file(Path file, String name) {
        return dump(file, name).orElseGet(() -> () -> Stream.of(new FileEntry(name, file, reader)));
    }

    /** The dump reader for the file, if it is a dump rather than a single article. */
    private Optional<ArticleSource> dump(Path file, String name) {
        String lower = lowerName(file);
        String head = head(file);
        if (lower.endsWith(".sgm") || lower.endsWith(".sgml") || head.startsWith("<!DOCTYPE lewis")
                || head.startsWith("<REUTERS")) {
            return Optional.of(new ReutersSgmlSource(file, name, reader));
        }
        if (lower.endsWith(".csv")) {
            return Optional.of(new CsvSource(file, name, reader));
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || (lower.endsWith(".json") && head.startsWith("{")
                && head.contains("\n"))) {
            return Optional.of(new JsonLinesSource(file, name, reader));
        }
        if (lower.endsWith(".json")) {
            return Optional.of(() -> Stream.of(SourceEntry.refused(name,
                    "a JSON file that is not JSON Lines (one article object per line)")));
        }
        return Optional.empty();
    }

    private static boolean isDumpExtension(String lower) {
        return lower.endsWith(".sgm") || lower.endsWith(".sgml") || lower.endsWith(".csv") || lower.endsWith(".jsonl")
                || lower.endsWith(".ndjson");
    }

    /** The file's first bytes as text, leading white space dropped; empty when it cannot be read. */
    private static String head(Path file) {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.ISO_8859_1);
            return head.replaceFirst("^\u00EF\u00BB\u00BF", "").stripLeading();
        } catch (IOException e) {
            return "";
        }
    }

    private static String lowerName(Path file) {
        return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    }

    ArticleFileReader reader() {
        return reader;
    }
}
