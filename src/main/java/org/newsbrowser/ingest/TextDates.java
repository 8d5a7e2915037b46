package org.newsbrowser.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrowser.article.DateSource;

/**
 * Dates an article from its text when its file gives no date: a dated dateline at the start of one of the first
 * lines ("LONDON, March 3, 1987 -", "LONDON 1996-08-30"), else the latest full date the text writes ("July 19,
 * 2022", "19 July 2022", "2022-07-19") that its sentence does not place in the story's past ("born on 20 February
 * 1951", "since the 11 September 2001 attacks", "ten years ago, on 1 February 1995", "pre-11 September 2001
 * levels"). The latest, because news recalls earlier events far more often than it announces later ones; on the BBC
 * corpus the first full date was most often history. A date without a year ("March 3") dates nothing, nor does one
 * broken over lines or followed by a clock time ("Tuesday, 1 March" then "2000 GMT"). Thread-safe.
 */
final class TextDates {

    /** Lines from the start where a dateline may stand (after a headline and a byline), as for datelines' places. */
    private static final int DATELINE_LINES = 5;
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private static final String MONTH = "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** A year, not the hour of a clock time ("1600 GMT") that a day and month on the line above happen to precede. */
    private static final String NOT_A_TIME = "(?!\\h*(?:GMT|BST|UTC|CET|hrs)\\b)";
    private static final String MONTH_DAY_YEAR = MONTH + "\\h+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\h+(?<year>\\d{4})"
            + NOT_A_TIME;
    private static final String DAY_MONTH_YEAR = "(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\h+" + MONTH.replace("month", "month2")
            + ",?\\h+(?<year2>\\d{4})" + NOT_A_TIME;
    private static final String ISO = "(?<isoYear>\\d{4})-(?<isoMonth>\\d{2})-(?<isoDay>\\d{2})";
    private static final Pattern DATE = Pattern.compile("(?<![\\p{L}\\d])(?:" + MONTH_DAY_YEAR + "|" + DAY_MONTH_YEAR
            + "|" + ISO + ")(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE);
    /** "CITY[, Region], <date> [(Agency)] -" or "CITY <ISO date>" closing the line. */
    private static final Pattern DATELINE = Pattern.compile("^\\s*\\p{Lu}[\\p{L}.'’ -]{1,40}(?:,[\\p{L}.'’ -]{1,30})?"
            + "(?:,\\s*(?<dated>" + MONTH_DAY_YEAR + ")\\s*(?:\\([^()\\n]{1,40}\\))?\\s*(?:-{1,2}|[–—])"
            + "|\\s+(?<iso>\\d{4}-\\d{2}-\\d{2})\\s*$)", Pattern.CASE_INSENSITIVE);
    /** Words earlier in a date's sentence that put the date in the story's past: a birth, a starting point, a span ago. */
    private static final Pattern HISTORY = Pattern.compile("\\b(?:born|since|ago|founded|anniversary)\\b|\\bpre-$",
            Pattern.CASE_INSENSITIVE);
    /** How far back from a date its sentence is searched for {@link #HISTORY}. */
    private static final int HISTORY_REACH = 120;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;]\\s|\\n");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** A date found in the text and where. */
    record Found(Instant date, DateSource source) {
    }

    Optional<Found> find(String text) {
        return dateline(text).map(d -> new Found(d, DateSource.DATELINE))
                .or(() -> latestDate(text).map(d -> new Found(d, DateSource.TEXT)));
    }

    private Optional<Instant> dateline(String text) {
        int lineStart = 0;
        for (int line = 0; line < DATELINE_LINES && lineStart < text.length(); ) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                Matcher m = DATELINE.matcher(text).region(lineStart, lineEnd);
                if (m.lookingAt()) {
                    Matcher date = DATE.matcher(m.group("dated") != null ? m.group("dated") : m.group("iso"));
                    Optional<Instant> found = date.find() ? toInstant(date) : Optional.empty();
                    if (found.isPresent()) {
                        return found;
                    }
                }
                line++;
            }
            lineStart = lineEnd + 1;
        }
        return Optional.empty();
    }

    private Optional<Instant> latestDate(String text) {
        Matcher m = DATE.matcher(text);
        Optional<Instant> latest = Optional.empty();
        while (m.find()) {
            Optional<Instant> date = isHistory(text, m.start()) ? Optional.empty() : toInstant(m);
            if (date.isPresent() && (latest.isEmpty() || date.get().isAfter(latest.get()))) {
                latest = date;
            }
        }
        return latest;
    }

    /** Whether the words of the sentence before a date put it in the story's past. */
    private static boolean isHistory(String text, int dateStart) {
        int from = Math.max(0, dateStart - HISTORY_REACH);
        Matcher end = SENTENCE_END.matcher(text).region(from, dateStart);
        while (end.find()) {
            from = end.end();
        }
        return HISTORY.matcher(text).region(from, dateStart).find();
    }

    private static Optional<Instant> toInstant(Matcher m) {
        try {
            int year;
            int month;
            int day;
            if (m.group("isoYear") != null) {
                year = Integer.parseInt(m.group("isoYear"));
                month = Integer.parseInt(m.group("isoMonth"));
                day = Integer.parseInt(m.group("isoDay"));
            } else {
                boolean monthFirst = m.group("month") != null;
                year = Integer.parseInt(monthFirst ? m.group("year") : m.group("year2"));
                month = MONTHS.get((monthFirst ? m.group("month") : m.group("month2")).substring(0, 3)
                        .toLowerCase(Locale.ROOT));
                day = Integer.parseInt(monthFirst ? m.group("day") : m.group("day2"));
            }
            if (year < MIN_YEAR || year > MAX_YEAR) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty(); // "February 30, 2020" is no date
        }
    }
}
