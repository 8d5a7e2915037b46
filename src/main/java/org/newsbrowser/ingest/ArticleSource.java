package org.newsbrowser.ingest;

import java.io.IOException;
import java.util.stream.Stream;

/**
 * Something that yields articles: a folder of article files, a Reuters-21578 SGML file, a CSV file, a JSON Lines
 * file. {@link ArticleSources#open} picks the reader for a path.
 */
public interface ArticleSource {

    /**
     * The articles in a stable order (the same on every run, so an interrupted ingest resumes where it stopped).
     * Read lazily: a dump is parsed as the stream is consumed. Close the stream when done.
     *
     * @throws IOException when the source cannot be opened at all; a single bad record or file is an entry
     *                     refused with its reason instead
     */
    Stream<SourceEntry> entries() throws IOException;

    /** How many entries {@link #entries()} yields, for progress; by default by reading them all. */
    default long count() throws IOException {
        try (Stream<SourceEntry> entries = entries()) {
            return entries.count();
        }
    }
}
