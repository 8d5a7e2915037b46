package org.newsbrowser.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Reuters-21578 SGML file ({@code reut2-000.sgm}): {@code <REUTERS>} records with {@code <DATE>}, {@code <TITLE>},
 * {@code <DATELINE>}, {@code <BODY>} and {@code <PLACES>}. The files are SGML, not XML (no root element, control
 * characters as {@code &#2;} and {@code &#3;}, a stray Latin-1 byte), so records are found by their tags rather than
 * parsed as a document. Each record is named {@code <file>#NEWID=<id>}.
 *
 * <p>The story a reader sees is the dateline followed by the body, its 70-column hard wrap undone (an indented line
 * starts a paragraph) and the closing "Reuter" sign-off dropped. A record without a story is refused: a brief
 * ({@code TYPE="BRIEF"}) is a headline only; an unprocessed one ({@code TYPE="UNPROC"}, mostly tables) is taken as
 * it stands, its first line as the headline when it looks like one.
 */
final class ReutersSgmlSource extends DumpSource {

    /** Dates are Reuters' wire times; the collection does not give a zone, and GMT is the wire's. */
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d-MMM-yyyy HH:mm:ss").toFormatter(Locale.ENGLISH);
    private static final Pattern DATE_TIME = Pattern.compile("\\d{1,2}-[A-Za-z]{3}-\\d{4} \\d{2}:\\d{2}:\\d{2}");
    private static final Pattern RECORD = Pattern.compile("<REUTERS\\b([^>]*)>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
    private static final Pattern TEXT_TYPE = Pattern.compile("<TEXT\\s+TYPE=\"(\\w+)\"");
    private static final Pattern PLACE = Pattern.compile("<D>(.*?)</D>", Pattern.DOTALL);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** "Reuter" closes most stories, written "REUTER" in a quarter of them and "reuter" in a few. */
    private static final Pattern SIGN_OFF = Pattern.compile("\\s*\\breuter\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]{1,40}>");


    ReutersSgmlSource(Path file, String name, ArticleFileReader reader) {
        super(file, name, reader);
    }

    @Override
    public Stream<SourceEntry> entries() throws IOException {
        return parse(DumpFiles.readText(file)).stream();
    }

    /** The records of one file's text, in file order. */
    List<SourceEntry> parse(String sgml) {
        List<SourceEntry> entries = new ArrayList<>();
        Matcher m = RECORD.matcher(sgml);
        int ordinal = 0;
        while (m.find()) {
            ordinal++;
            Matcher id = NEWID.matcher(m.group(1));
            String sourceId = name + (id.find() ? "#NEWID=" + id.group(1) : "#record=" + ordinal);
            entries.add(entry(sourceId, m.group(2)));
        }
        return entries;
    }

    private SourceEntry entry(String sourceId, String record) {
        Matcher type = TEXT_TYPE.matcher(record);
        String textType = type.find() ? type.group(1) : "NORM";
        String title = oneLine(ReutersSgml.decode(element(record, "TITLE")));
        String story;
        if (textType.equals("BRIEF")) {
            return SourceEntry.refused(sourceId, "a Reuters brief: headline only, no story");
        } else if (textType.equals("UNPROC")) {
            story = SIGN_OFF.matcher(ReutersSgml.decode(TAG.matcher(element(record, "TEXT")).replaceAll("")))
                    .replaceAll("");
        } else {
            String decodedBody = ReutersSgml.decode(element(record, "BODY"));
            List<String> body = ReutersSgml.paragraphs(SIGN_OFF.matcher(decodedBody).replaceAll(""));
            if (body.isEmpty()) {
                return SourceEntry.refused(sourceId, "no story text (the record has no body)");
            }
            String dateline = oneLine(ReutersSgml.decode(element(record, "DATELINE")));
            story = (dateline.isEmpty() ? "" : dateline + " ") + String.join("\n\n", body);
        }
        if (story.isBlank()) {
            return SourceEntry.refused(sourceId, "no story text");
        }
        List<String> places = new ArrayList<>();
        Matcher p = PLACE.matcher(element(record, "PLACES"));
        while (p.find()) {
            places.add(p.group(1).strip());
        }
        return new RecordEntry(new ArticleRecord(sourceId, title.isEmpty() ? null : title, story.strip(),
                date(element(record, "DATE")), "Reuters", places, null), reader);
    }

    /** The record's date, or null when it holds none that parses (a few carry wire codes after the time). */
    static Instant date(String text) {
        Matcher m = DATE_TIME.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDateTime.parse(m.group(), DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String element(String record, String name) {
        Matcher open = Pattern.compile("<" + name + "[\\s>]").matcher(record);
        int start = open.find() ? record.indexOf('>', open.start()) + 1 : -1;
        int close = start <= 0 ? -1 : record.indexOf("</" + name + ">", start);
        return close < 0 ? "" : record.substring(start, close);
    }

    private static String oneLine(String s) {
        return SPACES.matcher(s.strip()).replaceAll(" ");
    }
}
