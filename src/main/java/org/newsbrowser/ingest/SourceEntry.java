package org.newsbrowser.ingest;

import java.io.IOException;
import org.newsbrowser.article.ArticleContent;

/**
 * One article of an {@link ArticleSource}, not read yet: a name to store it under, a hash to tell whether it is
 * already in, and the reading itself, which may fail with a reason. Hashing is cheap and done first, so that an
 * unchanged article is skipped without being read or analyzed.
 */
public interface SourceEntry {

    /** The stable name the article is stored under: a file path relative to the folder given, or a record id. */
    String source();

    /**
     * SHA-256 of the article's content, in hex; null when it cannot be hashed because the entry will be refused
     * anyway (a file over the size limit, an entry refused when listed).
     */
    String contentHash() throws IOException;

    /**
     * Reads and cleans the article.
     *
     * @throws UnreadableArticleException when it cannot be read; the message says why, in words
     */
    ArticleContent read() throws UnreadableArticleException;

    /** An entry that is refused whatever it holds: a malformed record, a named pipe, a dump that cannot be opened. */
    static SourceEntry refused(String source, String reason) {
        return new SourceEntry() {
            @Override
            public String source() {
                return source;
            }

            @Override
            public String contentHash() {
                return null;
            }

            @Override
            public ArticleContent read() throws UnreadableArticleException {
                throw new UnreadableArticleException(reason);
            }
        };
    }
}
