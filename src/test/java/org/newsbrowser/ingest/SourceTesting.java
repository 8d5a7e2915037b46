package org.newsbrowser.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Helpers for the source tests: list a source's entries, write a fixture file. */
final class SourceTesting {

    private SourceTesting() {
    }

    static List<SourceEntry> entries(ArticleSource source) {
        try (Stream<SourceEntry> entries = source.entries()) {
            return entries.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
