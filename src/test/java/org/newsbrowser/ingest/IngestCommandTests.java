package org.newsbrowser.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ingest} command as a person runs it: on a folder of mixed formats into a fresh data folder, then again
 * (nothing new), and on input where nothing can be read. Each run starts the app without its web server, as
 * {@code java -jar newsbrowser.jar ingest PATH} does.
 */
class IngestCommandTests {

    @TempDir
    Path dir;

    @Test
    void ingestsAFolderPrintsProgressAndASummaryAndARerunSkipsWhatIsIn() throws Exception {
        Path corpus = dir.resolve("corpus");
        SourceTesting.write(corpus, "harbour.txt", """
                Harbour Reopens After Storm

                The harbour in Rotterdam reopened on Monday after the storm, the port authority said.
                """);
        SourceTesting.write(corpus, "wire.csv", """
                date,title,text,source
                1987-03-03T15:01:01Z,Wheat Exports Rise,Canadian wheat exports rose in February, the Canadian \
                Wheat Board said.,Reuters
                2004-08-12,Rates Rise Again,The Bank of England raised interest rates on Thursday.,BBC
                """);
        SourceTesting.write(corpus, "broken.jsonl", "{\"title\": \"Cut off\", \"text\": \"no closing brace\"\n");
        Path data = dir.resolve("data");

        Run first = run("ingest", corpus.toString(), "--newsbrowser.data-dir=" + data);

        assertThat(first.status()).isZero();
        assertThat(first.out()).startsWith("Ingested 3 articles, skipped 0 already in, 1 failed, in ")
                .contains("malformed JSON").contains("broken.jsonl#line=1");
        assertThat(first.err()).contains("4/4 (100.0%)").contains("articles/s").contains("ETA");
        assertThat(rows(data, "select source, published_at from article order by published_at desc nulls last"))
                .containsExactly("wire.csv#line=3 2004-08-12 00:00:00+00", "wire.csv#line=2 1987-03-03 15:01:01+00",
                        "harbour.txt null");
        assertThat(rows(data, "select source, reason from ingest_failure")).singleElement().asString()
                .startsWith("broken.jsonl#line=1 malformed JSON");

        Run again = run("ingest", corpus.toString(), "--newsbrowser.data-dir=" + data);

        assertThat(again.status()).isZero();
        assertThat(again.out()).startsWith("Ingested 0 articles, skipped 3 already in, 1 failed");
        assertThat(rows(data, "select count(*) from article")).containsExactly("3");
    }

    @Test
    void exitsWithStatusOneWhenNothingCanBeReadAndTwoWithoutAPath() throws Exception {
        Run nothing = run("ingest", dir.resolve("no-such-folder").toString(),
                "--newsbrowser.data-dir=" + dir.resolve("data"));

        assertThat(nothing.status()).isEqualTo(1);
        assertThat(nothing.out()).contains("1 failed").contains("no such file or folder")
                .contains("Nothing could be read.");

        Run usage = run("ingest");
        assertThat(usage.status()).isEqualTo(2);
        assertThat(usage.err()).startsWith("usage: ingest PATH...");
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = IngestCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, Duration.ZERO);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Each row of a query on the command's database, its columns joined by spaces. */
    private static List<String> rows(Path data, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("newsbrowser"), "sa",
                "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    columns.add(String.valueOf(result.getString(i)));
                }
                rows.add(String.join(" ", columns));
            }
        }
        return rows;
    }
}
