package org.newsbrowser.ingest;

import org.newsbrowser.article.ArticleContent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the reader over news it was not written for: a fixed sample of the BBC corpus (Greene &amp; Cunningham,
 * 2006) in the shared corpora folder. Every BBC file has a headline line and no boilerplate, so any paragraph the
 * rules remove beyond one is over-stripping.
 */
class BbcCorpusTests {

    private static final Path BBC = Path.of("..", "shared", "corpora", "bbc");
    private static final int SAMPLE_STEP = 11;

    @Test
    void sampleReadsWithItsHeadlineAndKeepsItsParagraphs() throws Exception {
        assumeTrue(Files.isDirectory(BBC), "BBC corpus not present at " + BBC.toAbsolutePath());
        ArticleFileReader reader = new ArticleFileReader();
        List<Path> sample = sample();
        assertThat(sample).hasSizeGreaterThan(190);
        for (Path file : sample) {
            ArticleContent article = reader.read(file);
            List<String> lines = article.rawText().lines()
                    .map(line -> Paragraphs.normalize(Paragraphs.decodeEntities(line)))
                    .filter(line -> !line.isBlank()).toList();
            assertThat(article.title()).as(file.toString()).isEqualTo(lines.get(0));
            assertThat(article.text().split("\n\n")).as(file.toString())
                    .hasSizeGreaterThanOrEqualTo(lines.size() - 2);
        }
    }

    @Test
    void latin1PoundSignIsDecoded() throws Exception {
        Path file = BBC.resolve("sport/199.txt");
        assumeTrue(Files.exists(file), "BBC corpus not present");
        assertThat(new ArticleFileReader().read(file).text()).contains("£");
    }

    /** One headline in the corpus ("Rivals of the £400 Apple...") ends in an ellipsis and is treated as cut. */
    private static List<Path> sample() throws Exception {
        try (Stream<Path> files = Files.walk(BBC)) {
            List<Path> all = files.filter(file -> file.toString().endsWith(".txt"))
                    .filter(file -> !file.getFileName().toString().equalsIgnoreCase("README.TXT"))
                    .sorted().toList();
            return IntStream.range(0, all.size()).filter(i -> i % SAMPLE_STEP == 0).mapToObj(all::get)
                    .filter(file -> !file.endsWith(Path.of("tech", "301.txt")))
                    .toList();
        }
    }
}
