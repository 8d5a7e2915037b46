package org.newsbrowser.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing the reader for a path: by extension, by a look at the content, and for a folder of mixed files. */
class ArticleSourcesTests {

    private static final String REUTERS_RECORD = """
            <REUTERS NEWID="5">
            <DATE>1-MAR-1987 10:00:00.00</DATE>
            <TEXT><TITLE>GRAIN SHIPMENTS RISE</TITLE>
            <DATELINE>    CHICAGO, March 1 - </DATELINE><BODY>Grain shipments rose last week, the
            agriculture department said.
             Reuter
            </BODY></TEXT>
            </REUTERS>
            """;

    @TempDir
    Path dir;

    private final ArticleSources sources = new ArticleSources(new ArticleFileReader());

    @Test
    void folderYieldsArticleFilesAndEveryRecordOfItsDumpsNamedRelativeToIt() throws Exception {
        SourceTesting.write(dir, "a/story.txt", "Harbour Reopens\n\nThe harbour reopened on Monday, officials said.\n");
        SourceTesting.write(dir, "b/wire.sgm", REUTERS_RECORD);
        SourceTesting.write(dir, "c/rows.csv", "title,text\nOne,The first story of the file.\nTwo,The second one.\n");
        SourceTesting.write(dir, "d/lines.jsonl", "{\"title\": \"Three\", \"text\": \"A story in JSON.\"}\n");
        SourceTesting.write(dir, "e/notes.pdf", "not read");

        ArticleSource folder = sources.open(dir);

        assertThat(SourceTesting.entries(folder)).extracting(SourceEntry::source).containsExactly(
                "a/story.txt", "b/wire.sgm#NEWID=5", "c/rows.csv#line=2", "c/rows.csv#line=3", "d/lines.jsonl#line=1");
        assertThat(folder.count()).isEqualTo(5);
    }

    @Test
    void reutersRecordsAreRecognisedByTheirContentWhateverTheExtension() throws Exception {
        Path file = SourceTesting.write(dir, "wire-copy.txt", REUTERS_RECORD);

        List<SourceEntry> entries = SourceTesting.entries(sources.open(file));

        assertThat(entries).singleElement().extracting(SourceEntry::source).isEqualTo("wire-copy.txt#NEWID=5");
        assertThat(entries.get(0).read().title()).isEqualTo("GRAIN SHIPMENTS RISE");
    }

    @Test
    void jsonFileIsReadAsJsonLinesOnlyWhenItIsOne() throws Exception {
        Path lines = SourceTesting.write(dir, "lines.json", "{\"text\": \"First.\"}\n{\"text\": \"Second.\"}\n");
        Path array = SourceTesting.write(dir, "array.json", "[{\"text\": \"First.\"}]\n");

        assertThat(SourceTesting.entries(sources.open(lines))).hasSize(2);
        List<SourceEntry> refused = SourceTesting.entries(sources.open(array));
        assertThatThrownBy(() -> refused.get(0).read()).hasMessageContaining("not JSON Lines");
    }

    @Test
    void aPathThatDoesNotExistIsOneRefusedEntry() throws Exception {
        List<SourceEntry> entries = SourceTesting.entries(sources.open(dir.resolve("missing.csv")));

        assertThat(entries).singleElement().extracting(SourceEntry::source).isEqualTo("missing.csv");
        assertThat(Files.exists(dir.resolve("missing.csv"))).isFalse();
        assertThatThrownBy(() -> entries.get(0).read()).hasMessageContaining("no such file");
    }
}
