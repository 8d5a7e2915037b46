package org.newsbrowser.ingest;

import org.newsbrowser.article.ArticleContent;

/** A record of a dump, hashed by its fields (not its id, so the same story under two ids is a duplicate). */
final class RecordEntry implements SourceEntry {

    private final ArticleRecord record;
    private final ArticleFileReader reader;

    RecordEntry(ArticleRecord record, ArticleFileReader reader) {
        this.record = record;
        this.reader = reader;
    }

    @Override
    public String source() {
        return record.sourceId();
    }

    @Override
    public String contentHash() {
        return new ContentHash().field(record.title()).field(record.text()).field(record.publishedAt())
                .field(record.outlet()).field(record.places()).field(record.url()).hex();
    }

    @Override
    public ArticleContent read() throws UnreadableArticleException {
        return reader.read(record);
    }

    @Override
    public String toString() {
        return record.sourceId();
    }
}
