package org.newsbrowser.export;

import java.util.ArrayList;
import java.util.List;

/** Reads RFC 4180 CSV back in tests, independently of {@link CsvWriter}: quoted fields, doubled quotes, CRLF. */
public final class CsvReader {

    private CsvReader() {
    }

    /** The records of a CSV text; fails on an unterminated quote or text after a closing quote. */
    public static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    if (i + 1 < csv.length() && ",\r\n".indexOf(csv.charAt(i + 1)) < 0) {
                        throw new IllegalArgumentException("text after a closing quote at " + i);
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quote");
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            throw new IllegalArgumentException("last record does not end in CRLF");
        }
        return records;
    }
}
