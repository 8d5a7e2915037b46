package org.newsbrowser.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One article as a dump holds it (a Reuters-21578 story, a CSV row, a JSON line), before cleaning.
 *
 * @param sourceId  a stable name for the record, unique within the ingest: the dump's file name and the record's
 *                  place in it ({@code reut2-003.sgm#NEWID=1234}, {@code train.csv#line=17})
 * @param title     the headline, or null when the dump has none (one is then made from the lead)
 * @param text      the story text as the dump gives it
 * @param publishedAt the publication time, when the dump gives one
 * @param outlet    the publisher or agency ("Reuters"), when the dump names one
 * @param places    places the dump tags the story with (Reuters {@code <PLACES>}), possibly none
 * @param url       the story's address, when the dump gives one
 */
public record ArticleRecord(String sourceId, String title, String text, Instant publishedAt, String outlet,
                            List<String> places, String url) {

    public ArticleRecord {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(text, "text");
        places = places == null ? List.of() : List.copyOf(places);
    }
}
