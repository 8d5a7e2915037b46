package org.newsbrowser.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrowser.article.ArticleContent;

/** Reading JSON Lines: fields, names by id or line, and lines that are not articles. */
class JsonLinesSourceTests {

    @TempDir
    Path dir;

    private List<SourceEntry> entries(String jsonl) {
        return SourceTesting.entries(new JsonLinesSource(SourceTesting.write(dir, "dump.jsonl", jsonl), "dump.jsonl",
                new ArticleFileReader()));
    }

    @Test
    void fieldsBecomeTheArticleAndRecordsAreNamedByIdOrLine() throws Exception {
        List<SourceEntry> entries = entries("""
                {"id": "a-1", "title": "Port Reopens", "text": "The port reopened on Monday.\\n\\nShips queued.", \
                "date": "2005-03-01T08:30:00+01:00", "source": "Harbour News", "url": "https://example.org/a-1"}

                {"title": "Second Story", "text": "The mayor opened the new bridge on Saturday, officials said."}
                """);

        assertThat(entries).extracting(SourceEntry::source).containsExactly("dump.jsonl#id=a-1", "dump.jsonl#line=3");
        ArticleContent port = entries.get(0).read();
        assertThat(port.title()).isEqualTo("Port Reopens");
        assertThat(port.text()).isEqualTo("The port reopened on Monday.\n\nShips queued.");
        assertThat(port.publishedAt()).isEqualTo(Instant.parse("2005-03-01T07:30:00Z"));
        assertThat(port.url()).isEqualTo("https://example.org/a-1");
        assertThat(entries.get(1).read().publishedAt()).isNull();
    }

    @Test
    void malformedLinesAndLinesWithoutTextAreRefusedAloneWithTheirReason() throws Exception {
        List<SourceEntry> entries = entries("""
                {"title": "Broken", "text": "no closing brace"
                ["an", "array"]
                {"title": "No Text"}
                {"title": "Fine", "text": "The library extended its hours, the council said."}
                """);

        assertThatThrownBy(() -> entries.get(0).read()).hasMessageStartingWith("malformed JSON");
        assertThatThrownBy(() -> entries.get(1).read()).hasMessage("not a JSON object");
        assertThatThrownBy(() -> entries.get(2).read()).hasMessageStartingWith("no text field");
        assertThat(entries.get(3).read().title()).isEqualTo("Fine");
    }

    @Test
    void datesInTheUsualFormsAreRead() {
        assertThat(DumpFiles.parseDate("2004-08-12T10:00:00Z")).isEqualTo(Instant.parse("2004-08-12T10:00:00Z"));
        assertThat(DumpFiles.parseDate("2004-08-12 10:00:00")).isEqualTo(Instant.parse("2004-08-12T10:00:00Z"));
        assertThat(DumpFiles.parseDate("Thu, 12 Aug 2004 10:00:00 GMT"))
                .isEqualTo(Instant.parse("2004-08-12T10:00:00Z"));
        assertThat(DumpFiles.parseDate("last Tuesday")).isNull();
    }
}
