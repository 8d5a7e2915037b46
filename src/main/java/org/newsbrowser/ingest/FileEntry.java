package org.newsbrowser.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsbrowser.article.ArticleContent;

/** A text or HTML article file, hashed by its bytes and read by the {@link ArticleFileReader}. */
final class FileEntry implements SourceEntry {

    private final String source;
    private final Path file;
    private final ArticleFileReader reader;

    FileEntry(String source, Path file, ArticleFileReader reader) {
        this.source = source;
        this.file = file;
        this.reader = reader;
    }

    @Override
    public String source() {
        return source;
    }

    /** SHA-256 of the file's bytes, streamed; null when the file is over the reader's limit and will be refused. */
    @Override
    public String contentHash() throws IOException {
        if (Files.size(file) > reader.maxBytes()) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            ContentHash hash = new ContentHash();
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                hash.update(buffer, 0, read);
            }
            return hash.hex();
        }
    }

    @Override
    public ArticleContent read() throws UnreadableArticleException {
        return reader.read(file);
    }

    @Override
    public String toString() {
        return source;
    }
}
