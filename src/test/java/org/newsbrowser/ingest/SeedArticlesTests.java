package org.newsbrowser.ingest;

import org.newsbrowser.article.ArticleContent;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the five seed articles of the default corpus exactly as they ship in {@code seeds/}. */
class SeedArticlesTests {

    private static final Path SEEDS = Path.of("seeds");
    private static final ArticleFileReader READER = new ArticleFileReader();
    private static List<ArticleContent> articles;

    @BeforeAll
    static void readSeeds() throws Exception {
        try (Stream<Path> files = Files.list(SEEDS)) {
            List<Path> sorted = files.filter(READER::supports).sorted().toList();
            assertThat(sorted).hasSize(5);
            articles = sorted.stream().map(SeedArticlesTests::read).toList();
        }
    }

    private static ArticleContent read(Path file) {
        try {
            return READER.read(file);
        } catch (UnreadableArticleException e) {
            throw new AssertionError(file + ": " + e.getMessage(), e);
        }
    }

    @Test
    void headlineLinesBecomeTitlesAndAreNotRepeatedInText() {
        assertThat(articles.get(0).title())
                .isEqualTo("Vladimir Putin Visits Iran, Potentially Shoring up Oil and Drone Deals");
        assertThat(articles.get(2).title())
                .isEqualTo("Putin has arrived in Tehran, as Russia and Iran grow closer in their isolation");
        assertThat(articles.get(0).text()).doesNotContain(articles.get(0).title());
        assertThat(articles.get(2).text()).doesNotContain(articles.get(2).title());
    }

    @Test
    void articlesWithoutHeadlineGetAShortTitleFromTheirFirstWords() {
        for (int seed : new int[] {1, 3, 4}) {
            ArticleContent article = articles.get(seed);
            String firstWords = String.join(" ", List.of(article.text().split("\\s+")).subList(0, 4));
            assertThat(article.title())
                    .as("seed %d", seed)
                    .hasSizeLessThanOrEqualTo(110)
                    .startsWith(firstWords)
                    .isEqualTo(article.title().strip());
            assertThat(article.text()).as("seed %d keeps its first paragraph", seed).startsWith(firstWords);
        }
    }

    @Test
    void boilerplateIsGone() {
        for (ArticleContent article : articles) {
            assertThat(article.text()).doesNotContain("Leave a Comment", "issues with commenting", "Photo by",
                    "via Getty", "Wikimedia Commons", "views expressed", "MEI donors", "Ebrahim Raisi hold a meeting");
        }
    }

    @Test
    void bodyBeforeBoilerplateIsKept() {
        assertThat(articles.get(0).text()).startsWith("Russian President Vladimir Putin landed in Iran on Tuesday")
                .endsWith("the Jerusalem Post warned.");
        assertThat(articles.get(1).text()).contains("\n\nAnti-West Move\n\n", "\n\nIran’s Support to Russia\n\n")
                .endsWith("she added.");
        assertThat(articles.get(2).text()).endsWith("would not discuss the issue on Tuesday.");
        assertThat(articles.get(3).text()).endsWith("extract more concessions from Tehran in the coming months.");
    }

    @Test
    void seedWithOneParagraphPerLineGetsBlankLinesBetweenThem() {
        String text = articles.get(4).text();
        assertThat(text.split("\n\n")).hasSize(18);
        assertThat(text).contains("\n\nHighlights of the meeting.\n\n");
    }

    @Test
    void rawTextIsKeptAsRead() throws Exception {
        assertThat(articles.get(3).rawText()).isEqualTo(Files.readString(SEEDS.resolve("003_f58512083c59a8f0.txt")));
    }

    @Test
    void leadIsTheFirstParagraphTrimmedAtAWord() {
        for (ArticleContent article : articles) {
            assertThat(article.lead()).hasSizeLessThanOrEqualTo(301).isNotBlank();
            String leadStart = article.lead().replace("…", "");
            assertThat(article.text()).startsWith(leadStart);
        }
    }
}
