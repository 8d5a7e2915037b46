package org.newsbrowser.ingest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrowser.article.DateSource;

/**
 * Dates an article from its text when its file gives no date, only where the text makes the date trustworthy: a
 * dated dateline at the start of one of the first lines ("LONDON, March 3, 1987 -", "LONDON 1996-08-30"), else a
 * full date written with its day of the week, when that is the calendar's ("on Tuesday, 1 March 2005"), in a
 * sentence that places it neither in the future ("by", "until", "will", "deadline", "due") nor in the past
 * ("born", "since", "ago", "anniversary"); of several, the latest. Otherwise the article stays undated: a wrong date
 * misleads more than none.
 *
 * <p>Why so strict: news style writes the story's own day without its year ("on Tuesday", "HOUSTON, March 3 -"),
 * so a date written with its year is nearly always another day: the history the story recalls, a bond's maturity, a
 * deadline. Measured on Reuters-21578 against its wire dates (docs/EVALUATION.md, {@code TextDateEvaluation}), the
 * latest full date of a story was within a month of the story in 12% of the stories it dated, and even a date after
 * "on" in the lead in one of 19. A day of the week is written for the days around the story, and checking it
 * against the calendar rejects misreadings. A date without a year ("March 3") dates nothing, nor does one broken
 * over lines or followed by a clock time ("Tuesday, 1 March" then "2000 GMT"). Thread-safe.
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
    /** A day of the week just before a date ("Tuesday, 1 March 2005", "on Tuesday the 1st March 2005"). */
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile(
            "\\b(?<weekday>mon|tues|wednes|thurs|fri|satur|sun)day,?\\h+(?:the\\h+)?$", Pattern.CASE_INSENSITIVE);
    /** How far back from a date a day of the week is looked for. */
    private static final int WEEKDAY_REACH = 20;
    /**
     * Words earlier in a date's sentence that make it another day than the story's: a birth, a starting point, a
     * span ago (the past), or a deadline, a plan, a term (the future).
     */
    private static final Pattern OTHER_DAY = Pattern.compile("\\b(?:born|since|ago|founded|anniversary|last|previous"
            + "|by|until|till|through|before|after|between|from|will|would|shall|could|may|might|deadline|due"
            + "|expect\\w*|scheduled|plan\\w*|next|starting|effective|matur\\w*|expir\\w*|payable|redeem\\w*)\\b"
            + "|\\bpre-$", Pattern.CASE_INSENSITIVE);
    /** How far back from a date its sentence is searched for {@link #OTHER_DAY}. */
    private static final int SENTENCE_REACH = 120;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;]\\s|\\n");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY, "sat", DayOfWeek.SATURDAY,
            "sun", DayOfWeek.SUNDAY);

    /** A date found in the text and where. */
    record Found(Instant date, DateSource source) {
    }

    Optional<Found> find(String text) {
        return dateline(text).map(d -> new Found(toInstant(d), DateSource.DATELINE))
                .or(() -> latestDayOfTheWeekDate(text).map(d -> new Found(toInstant(d), DateSource.TEXT)));
    }

    private Optional<LocalDate> dateline(String text) {
        int lineStart = 0;
        for (int line = 0; line < DATELINE_LINES && lineStart < text.length(); ) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                Matcher m = DATELINE.matcher(text).region(lineStart, lineEnd);
                if (m.lookingAt()) {
                    Matcher date = DATE.matcher(m.group("dated") != null ? m.group("dated") : m.group("iso"));
                    Optional<LocalDate> found = date.find() ? toDate(date) : Optional.empty();
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

    private Optional<LocalDate> latestDayOfTheWeekDate(String text) {
        Matcher m = DATE.matcher(text);
        Optional<LocalDate> latest = Optional.empty();
        while (m.find()) {
            Matcher weekday = WEEKDAY_BEFORE.matcher(text).region(Math.max(0, m.start() - WEEKDAY_REACH), m.start());
            if (!weekday.find() || isOtherDay(text, weekday.start())) {
                continue;
            }
            DayOfWeek written = WEEKDAYS.get(weekday.group("weekday").substring(0, 3).toLowerCase(Locale.ROOT));
            Optional<LocalDate> date = toDate(m).filter(d -> d.getDayOfWeek() == written);
            if (date.isPresent() && (latest.isEmpty() || date.get().isAfter(latest.get()))) {
                latest = date;
            }
        }
        return latest;
    }

    /** Whether the words of the sentence before a date make it another day than the story's. */
    private static boolean isOtherDay(String text, int dateStart) {
        int from = Math.max(0, dateStart - SENTENCE_REACH);
        Matcher end = SENTENCE_END.matcher(text).region(from, dateStart);
        while (end.find()) {
            from = end.end();
        }
        return OTHER_DAY.matcher(text).region(from, dateStart).find();
    }

    private static Instant toInstant(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Optional<LocalDate> toDate(Matcher m) {
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
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty(); // "February 30, 2020" is no date
        }
    }
}
