package org.newsbrowser.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * Keeps the embedded Lucene index in step with the mapping on {@code Article}. Lucene refuses to change a field's
 * options in an existing index, and documents indexed before a field was added lack it, so an index built for an
 * older mapping must be built again. A marker file next to the index, {@value #MARKER}, names the mapping version
 * the index was built for: at start-up, before Hibernate Search opens the index, an index without the marker or
 * with an older one is deleted ({@link #deleteIndexIfOutdated}); {@link SearchIndexInitializer} then finds it empty
 * and rebuilds it from the database, and writes the marker once the rebuild is done ({@link #markCurrent}). A start
 * interrupted during the rebuild leaves no marker, so the next start begins again.
 *
 * <p>An Elasticsearch or OpenSearch cluster keeps its own index: this does nothing there (see README, Search).
 */
public class SearchIndexVersion {

    static final String MARKER = "mapping-version";
    static final String BACKEND_TYPE = "spring.jpa.properties.hibernate.search.backend.type";
    static final String DIRECTORY_ROOT = "spring.jpa.properties.hibernate.search.backend.directory.root";

    private static final Logger log = LoggerFactory.getLogger(SearchIndexVersion.class);

    /** The folder holding the Lucene indexes, or null when the index is not embedded. */
    private final Path root;

    SearchIndexVersion(Path root) {
        this.root = root;
    }

    /** The embedded index's folder as configured, or none for another backend. */
    static SearchIndexVersion of(Environment environment) {
        String root = environment.getProperty(DIRECTORY_ROOT);
        boolean embedded = "lucene".equals(environment.getProperty(BACKEND_TYPE, "lucene")) && root != null;
        return new SearchIndexVersion(embedded ? Path.of(root) : null);
    }

    /** Deletes the index when it was built for an older mapping (or before markers); returns whether it did. */
    boolean deleteIndexIfOutdated() {
        if (root == null || isCurrent()) {
            return false;
        }
        Path index = root.resolve(SearchFields.INDEX);
        if (!Files.exists(index)) {
            return false;
        }
        Integer built = builtFor();
        log.info("The search index in {} was built for mapping version {}, this version of Newsbrowser maps version "
                + "{}: deleting it, to be rebuilt from the database", index, built == null ? "1 (no marker)" : built,
                SearchFields.MAPPING_VERSION);
        deleteRecursively(index);
        return true;
    }

    /** Whether the marker names the current mapping version; always true when the index is not embedded. */
    boolean isCurrent() {
        if (root == null) {
            return true;
        }
        Integer built = builtFor();
        return built != null && built >= SearchFields.MAPPING_VERSION;
    }

    /** Records that the index now holds every article as the current mapping indexes it. */
    void markCurrent() {
        if (isCurrent()) {
            return;
        }
        try {
            Files.createDirectories(root);
            Files.writeString(root.resolve(MARKER), SearchFields.MAPPING_VERSION + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + root.resolve(MARKER), e);
        }
        log.info("The search index in {} is built for mapping version {}", root, SearchFields.MAPPING_VERSION);
    }

    /** The version the marker names; null when there is none or it cannot be read (an index from before markers). */
    private Integer builtFor() {
        Path marker = root.resolve(MARKER);
        try {
            return Files.exists(marker) ? Integer.valueOf(Files.readString(marker, StandardCharsets.UTF_8).strip())
                    : null;
        } catch (IOException | NumberFormatException e) {
            log.warn("Cannot read {} ({}): taking the index as built for an older mapping", marker, e.getMessage());
            return null;
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the outdated search index " + directory
                    + "; delete it by hand and start again", e);
        }
    }
}
