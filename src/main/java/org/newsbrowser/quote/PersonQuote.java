package org.newsbrowser.quote;

import java.time.Instant;

/** A quote as a person's page lists it: the words, the cue, and the article they are quoted in. */
public record PersonQuote(Long id, Long articleId, String articleTitle, Instant publishedAt, int begin, String text,
                          String cue) {

    /** The link to the quote in its article. */
    public String getUrl() {
        return "/articles/" + articleId + "#q" + id;
    }
}
