package org.newsbrowser.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * One article as read from a file, before it is stored.
 *
 * @param title       the headline, taken from the file or generated from the lead
 * @param text        cleaned article text, paragraphs separated by a blank line; shown to readers and fed to entity
 *                    extraction (mention offsets refer to it)
 * @param rawText     the decoded file text exactly as read, kept for provenance
 * @param lead        the first real paragraph of {@code text}, at most about 300 characters
 * @param byline      the author line, or {@code null} when the file names none
 * @param publishedAt when the article was published, or {@code null} when the file does not say
 * @param url         the canonical address of the article, or {@code null} when unknown
 */
public record ParsedArticle(String title, String text, String rawText, String lead, String byline,
                            Instant publishedAt, String url) {

    public ParsedArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rawText, "rawText");
        Objects.requireNonNull(lead, "lead");
    }
}
