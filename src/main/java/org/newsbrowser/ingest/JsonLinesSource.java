package org.newsbrowser.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON Lines file ({@code .jsonl}, {@code .ndjson}): one JSON object per line with {@code title}, {@code text}
 * and optionally {@code date}, {@code source} (the outlet), {@code url}, {@code places} and {@code id}. The field
 * names CSV headers may use are accepted too ({@code headline}, {@code body}, {@code published_at}, ...). Each
 * record is named {@code <file>#id=<id>} when it has an id, else {@code <file>#line=<n>}. A line that is not a JSON
 * object, or has no text, is refused alone; blank lines are skipped.
 */
final class JsonLinesSource extends DumpSource {

    private static final JsonMapper JSON = JsonMapper.builder().build();


    JsonLinesSource(Path file, String name, ArticleFileReader reader) {
        super(file, name, reader);
    }

    @Override
    public Stream<SourceEntry> entries() throws IOException {
        BufferedReader in = DumpFiles.openText(file);
        int[] lineNumber = {0};
        return in.lines()
                .map(line -> new Line(++lineNumber[0], line))
                .filter(line -> !line.text().isBlank())
                .map(this::entry)
                .onClose(() -> DumpFiles.closeQuietly(in));
    }

    private record Line(int number, String text) {
    }

    private SourceEntry entry(Line line) {
        String lineId = name + "#line=" + line.number();
        JsonNode node;
        try {
            node = JSON.readTree(line.text());
        } catch (JacksonException e) {
            return SourceEntry.refused(lineId, "malformed JSON: " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            return SourceEntry.refused(lineId, "not a JSON object");
        }
        String id = field(node, List.of("id"));
        String sourceId = id == null ? lineId : name + "#id=" + id;
        String text = field(node, DumpFiles.TEXT_FIELDS);
        if (text == null) {
            return SourceEntry.refused(sourceId, "no text field (" + String.join(", ", DumpFiles.TEXT_FIELDS) + ")");
        }
        List<String> places = new ArrayList<>();
        node.path("places").forEach(place -> places.add(place.asString()));
        return new RecordEntry(new ArticleRecord(sourceId, field(node, DumpFiles.TITLE_FIELDS), text,
                DumpFiles.parseDate(field(node, DumpFiles.DATE_FIELDS)), field(node, DumpFiles.OUTLET_FIELDS),
                places, field(node, DumpFiles.URL_FIELDS)), reader);
    }

    /** The first of the named fields that holds a non-blank value, as text. */
    private static String field(JsonNode node, List<String> names) {
        for (String fieldName : names) {
            JsonNode value = node.get(fieldName);
            if (value != null && !value.isNull() && !value.isContainer() && !value.asString().isBlank()) {
                return value.asString().strip();
            }
        }
        return null;
    }
}
