package org.newsbrowser.article;

import java.time.Instant;

/** An article as a list shows it, without its text. */
public record ArticleRow(Long id, String title, String lead, String source, Instant publishedAt) {
}
