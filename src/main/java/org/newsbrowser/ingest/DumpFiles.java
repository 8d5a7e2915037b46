package org.newsbrowser.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** What the dump readers share: field names, decoding and date parsing. */
final class DumpFiles {

    static final List<String> TITLE_FIELDS = List.of("title", "headline");
    static final List<String> TEXT_FIELDS = List.of("text", "body", "content", "description", "article", "story");
    static final List<String> DATE_FIELDS = List.of("date", "published", "published_at", "publishedAt", "pubdate");
    static final List<String> OUTLET_FIELDS = List.of("source", "outlet", "publisher");
    static final List<String> URL_FIELDS = List.of("url", "link");

    private DumpFiles() {
    }

    /** A whole dump file as text: UTF-8 when it is valid UTF-8, else Windows-1252 (which reads every byte). */
    static String readText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    /**
     * A dump file opened for streaming as UTF-8: too large to hold whole, so a damaged byte becomes U+FFFD rather
     * than switching the whole file to another encoding. A UTF-8 byte order mark is skipped.
     */
    static BufferedReader openText(Path file) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        return in;
    }

    static void closeQuietly(BufferedReader in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A date as dumps write it: an ISO-8601 instant or offset date-time ({@code 2004-08-12T10:00:00Z}), a local
     * date-time or date (taken as UTC), or RFC 1123 ({@code Thu, 12 Aug 2004 10:00:00 GMT}). Null when blank or
     * unrecognised: an article without a date is still an article.
     */
    static Instant parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(value.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
