package org.newsbrowser.article;

import java.time.Instant;
import java.util.Objects;

/**
 * What a reader made of an article file: the fields an {@link Article} stores.
 *
 * @param title       the headline, given or generated
 * @param text        the cleaned article text shown to readers and fed to extraction
 * @param rawText     the decoded file text before cleaning, kept for provenance
 * @param lead        the opening of the text, for lists
 * @param byline      the author, when the file names one
 * @param publishedAt the publication time, when the file gives one
 * @param url         the canonical URL, when the file gives one
 */
public record ArticleContent(String title, String text, String rawText, String lead, String byline,
                             Instant publishedAt, String url) {

    public ArticleContent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rawText, "rawText");
        Objects.requireNonNull(lead, "lead");
    }
}
