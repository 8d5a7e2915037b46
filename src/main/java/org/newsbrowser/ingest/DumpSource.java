package org.newsbrowser.ingest;

import java.nio.file.Path;

/** A dump file of many articles, its records named after the file ({@code <name>#NEWID=7}, {@code <name>#line=3}). */
abstract class DumpSource implements ArticleSource {

    protected final Path file;
    protected final String name;
    protected final ArticleFileReader reader;

    /**
     * @param file   the dump file
     * @param name   the file's name as its records are named after it (relative to the folder given to the ingest)
     * @param reader cleans each record into an article
     */
    DumpSource(Path file, String name, ArticleFileReader reader) {
        this.file = file;
        this.name = name;
        this.reader = reader;
    }
}
