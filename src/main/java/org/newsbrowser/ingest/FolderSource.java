package org.newsbrowser.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every supported file under a folder, recursively, in path order: article files and dumps, each dump's records
 * in its own order. Entries are named by their path relative to the folder ({@code business/001.txt},
 * {@code reut2-003.sgm#NEWID=1234}).
 *
 * <p>Links to folders are not followed (a link to a parent folder would make the walk endless, and a corpus should
 * not reach outside its folder); they, files that are not regular files (a named pipe would block the ingest on
 * opening) and folders that cannot be read are refused with the reason. Links to files are read like files.
 */
final class FolderSource implements ArticleSource {

    private final Path folder;
    private final ArticleSources sources;

    FolderSource(Path folder, ArticleSources sources) {
        this.folder = folder;
        this.sources = sources;
    }

    @Override
    public Stream<SourceEntry> entries() throws IOException {
        return listing().stream().flatMap(this::entriesOf);
    }

    /** Counts articles without reading any dump twice: a file is one, a dump counts its records. */
    @Override
    public long count() throws IOException {
        long count = 0;
        for (Listed listed : listing()) {
            if (listed.refusal() != null) {
                count++;
            } else {
                count += sources.file(listed.path(), name(listed.path())).count();
            }
        }
        return count;
    }

    private Stream<SourceEntry> entriesOf(Listed listed) {
        String name = name(listed.path());
        if (listed.refusal() != null) {
            return Stream.of(SourceEntry.refused(name, listed.refusal()));
        }
        try {
            return sources.file(listed.path(), name).entries();
        } catch (IOException e) {
            return Stream.of(SourceEntry.refused(name, ArticleFileReader.describe(e)));
        }
    }

    private String name(Path file) {
        return folder.relativize(file).toString();
    }

    /** A file found in the folder, or something there that cannot be read, with the reason. */
    record Listed(Path path, String refusal) {
    }

    /** Every supported file under the folder, in name order, and what is there but cannot be read. */
    List<Listed> listing() throws IOException {
        List<Listed> entries = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isSymbolicLink() && Files.isDirectory(file)) {
                        entries.add(new Listed(file, "link to a folder, not followed (it could loop or lead"
                                + " outside the corpus folder)"));
                    } else if (sources.supports(file)) {
                        entries.add(new Listed(file, Files.isRegularFile(file) ? null
                                : "not a regular file (a named pipe, device or socket, or a broken link)"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    entries.add(new Listed(file, "folder or file cannot be listed: "
                            + ArticleFileReader.describe(e).replaceFirst("^cannot read file: ", "")));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        entries.sort(Comparator.comparing(Listed::path));
        return entries;
    }
}
