package org.newsbrowser.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Rows of an RFC 4180 CSV text, read one at a time: comma-separated cells, a quoted cell may hold commas, doubled
 * quotes and line breaks. Each row knows the line it starts on, so it can be named and found again.
 */
final class CsvRows implements Iterator<CsvRows.Row> {

    /** One row; {@code error} says why it is malformed (an unclosed quote), null when it is fine. */
    record Row(int line, List<String> cells, String error) {
    }

    private final Reader in;
    private int line = 1;
    private int pending = -2;

    CsvRows(Reader in) {
        this.in = in;
    }

    @Override
    public boolean hasNext() {
        return peek() >= 0;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int startLine = line;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int c = read(); ; c = read()) {
            if (c < 0) {
                cells.add(cell.toString());
                return new Row(startLine, cells, quoted ? "unclosed quote: the file ends inside a quoted cell" : null);
            }
            if (quoted) {
                if (c == '"') {
                    if (peek() == '"') {
                        cell.append((char) read());
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append((char) c);
                }
            } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                cells.add(cell.toString());
                return new Row(startLine, cells, null);
            } else {
                cell.append((char) c);
            }
        }
    }

    private int peek() {
        if (pending == -2) {
            pending = readChar();
        }
        return pending;
    }

    private int read() {
        int c = peek();
        pending = -2;
        if (c == '\n' || (c == '\r' && peek() != '\n')) {
            line++;
        }
        return c;
    }

    private int readChar() {
        try {
            return in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
