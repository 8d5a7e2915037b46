package org.newsbrowser.article;

import java.time.Instant;

/** A list row with the article's text, for a search to mark its matches in (see {@code TextHighlighter}). */
public record ArticleRowWithBody(ArticleRow row, String body) {

    /** The constructor a query's {@code select new} calls. */
    public ArticleRowWithBody(Long id, String title, String lead, String source, Instant publishedAt, String body) {
        this(new ArticleRow(id, title, lead, source, publishedAt), body);
    }
}
