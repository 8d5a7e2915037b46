package org.newsbrowser.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A CSV file of articles, one per row, each named {@code <file>#line=<n>} after the line it starts on. Two layouts
 * are recognised from the first row:
 * <ul>
 *   <li>a header naming the columns: a text column ({@code text}, {@code body}, {@code content}, {@code description},
 *       {@code article}, {@code story}) and optionally {@code title} or {@code headline}, a date ({@code date},
 *       {@code published}, {@code published_at}, {@code publishedAt}, {@code pubdate}), an outlet ({@code source},
 *       {@code outlet}, {@code publisher}) and {@code url} or {@code link}; other columns are ignored;</li>
 *   <li>AG News ({@code train.csv}, {@code test.csv}): no header, three columns {@code class,title,description}
 *       with a numeric class. Its text lost the {@code &} of its character references ({@code #39;} is an
 *       apostrophe) and marks line breaks with {@code \}; titles end with the outlet in parentheses
 *       ("... (Reuters)"), which becomes the outlet.</li>
 * </ul>
 * Any other first row refuses the file with the reason; a malformed row (an unclosed quote, a missing text cell)
 * is refused alone.
 */
final class CsvSource extends DumpSource {

    private static final Pattern AG_NEWS_CLASS = Pattern.compile("\\d{1,3}");
    /**
     * A character reference that lost its ampersand: numeric ones anywhere, and the named ones AG News has for quotes
     * and ampersands ("quot;", "amp;") where no letter comes before them ("camp;" is a word). Its "lt;" and "gt;"
     * stay: they were link markup, which restored would show as tags in the text.
     */
    private static final Pattern LOST_AMPERSAND = Pattern.compile("(?<!&)(#\\d{1,5});|(?<![&\\p{L}\\d])(quot|amp);");
    private static final Pattern OUTLET_SUFFIX = Pattern.compile("\\s*\\(([^()]{2,40})\\)$");


    CsvSource(Path file, String name, ArticleFileReader reader) {
        super(file, name, reader);
    }

    @Override
    public Stream<SourceEntry> entries() throws IOException {
        BufferedReader in = DumpFiles.openText(file);
        try {
            CsvRows rows = new CsvRows(in);
            if (!rows.hasNext()) {
                in.close();
                return Stream.of(SourceEntry.refused(name, "empty CSV file"));
            }
            CsvRows.Row first = rows.next();
            Optional<Columns> header = Columns.fromHeader(first.cells());
            Columns columns = header.orElse(Columns.AG_NEWS);
            if (header.isEmpty() && !isAgNewsRow(first)) {
                in.close();
                return Stream.of(SourceEntry.refused(name, "CSV file without a header naming a text column ("
                        + String.join(", ", DumpFiles.TEXT_FIELDS) + ") and not AG News' class,title,description rows"));
            }
            Stream<CsvRows.Row> data = StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows,
                    Spliterator.ORDERED | Spliterator.NONNULL), false);
            if (header.isEmpty()) {
                data = Stream.concat(Stream.of(first), data);
            }
            return data.filter(row -> !(row.cells().size() == 1 && row.cells().get(0).isBlank()))
                    .map(row -> entry(row, columns))
                    .onClose(() -> DumpFiles.closeQuietly(in));
        } catch (RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static boolean isAgNewsRow(CsvRows.Row row) {
        return row.error() == null && row.cells().size() == 3 && AG_NEWS_CLASS.matcher(row.cells().get(0)).matches();
    }

    private SourceEntry entry(CsvRows.Row row, Columns columns) {
        String sourceId = name + "#line=" + row.line();
        if (row.error() != null) {
            return SourceEntry.refused(sourceId, "malformed CSV row: " + row.error());
        }
        if (row.cells().size() <= columns.text()) {
            return SourceEntry.refused(sourceId, String.format(Locale.ROOT,
                    "malformed CSV row: %d cells, the text is in column %d", row.cells().size(), columns.text() + 1));
        }
        String title = cell(row, columns.title());
        String text = cell(row, columns.text());
        String outlet = cell(row, columns.outlet());
        if (columns == Columns.AG_NEWS) {
            text = agNewsText(text);
            title = agNewsText(title);
            Matcher suffix = OUTLET_SUFFIX.matcher(title);
            if (suffix.find()) {
                outlet = suffix.group(1);
                title = title.substring(0, suffix.start());
            }
        }
        return new RecordEntry(new ArticleRecord(sourceId, title, text == null ? "" : text,
                DumpFiles.parseDate(cell(row, columns.date())), outlet, List.of(), cell(row, columns.url())), reader);
    }

    private static String cell(CsvRows.Row row, int column) {
        if (column < 0 || column >= row.cells().size()) {
            return null;
        }
        String value = row.cells().get(column).strip();
        return value.isEmpty() ? null : value;
    }

    /**
     * Undoes AG News' damage: "#39;" for "&#39;", "quot;" for "&quot;", "\" for a line break and "\\" for a
     * paragraph break.
     */
    static String agNewsText(String text) {
        if (text == null) {
            return null;
        }
        String restored = LOST_AMPERSAND.matcher(text)
                .replaceAll(lost -> "&" + (lost.group(1) != null ? lost.group(1) : lost.group(2)) + ";");
        return restored.replace("\\\\", "\n\n").replace('\\', ' ');
    }

    /** Where each field is, by column index; -1 for a field the file does not have. */
    record Columns(int title, int text, int date, int outlet, int url) {

        static final Columns AG_NEWS = new Columns(1, 2, -1, -1, -1);

        /** The columns a header names, or empty when it names no text column (then it is no header). */
        static Optional<Columns> fromHeader(List<String> cells) {
            int text = find(cells, DumpFiles.TEXT_FIELDS);
            if (text < 0) {
                return Optional.empty();
            }
            return Optional.of(new Columns(find(cells, DumpFiles.TITLE_FIELDS), text,
                    find(cells, DumpFiles.DATE_FIELDS), find(cells, DumpFiles.OUTLET_FIELDS),
                    find(cells, DumpFiles.URL_FIELDS)));
        }

        private static int find(List<String> cells, List<String> names) {
            Map<String, Integer> byName = new HashMap<>();
            IntStream.range(0, cells.size()).forEach(i ->
                    byName.putIfAbsent(cells.get(i).strip().toLowerCase(Locale.ROOT), i));
            return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).filter(byName::containsKey)
                    .map(byName::get).findFirst().orElse(-1);
        }
    }
}
