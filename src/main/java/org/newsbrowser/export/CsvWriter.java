package org.newsbrowser.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.regex.Pattern;

/**
 * Writes RFC 4180 CSV: fields holding a comma, quote or line break are quoted, quotes doubled, lines end in CRLF.
 * Text that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return) is
 * prefixed with an apostrophe, as OWASP recommends against CSV injection; numbers are written as they are.
 */
public final class CsvWriter {

    private static final Pattern NEEDS_QUOTES = Pattern.compile("[\",\r\n]");

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes one record; {@code null} is an empty field, a {@link Number} is written unguarded. */
    public void row(Object... fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            Object field = fields[i];
            if (field instanceof Number number) {
                line.append(number);
            } else if (field != null) {
                line.append(escape(field.toString()));
            }
        }
        try {
            out.write(line.append("\r\n").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One text field as CSV: guarded against formula injection, then quoted when it must be. */
    static String escape(String text) {
        String guarded = startsLikeFormula(text) ? "'" + text : text;
        return NEEDS_QUOTES.matcher(guarded).find() ? '"' + guarded.replace("\"", "\"\"") + '"' : guarded;
    }

    private static boolean startsLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
