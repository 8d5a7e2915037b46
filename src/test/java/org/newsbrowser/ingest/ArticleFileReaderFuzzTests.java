package org.newsbrowser.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsbrowser.FuzzAssertions.assertCleanLine;
import static org.newsbrowser.FuzzAssertions.assertCleanText;
import static org.newsbrowser.FuzzAssertions.resultOrDocumentedFailure;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.newsbrowser.article.ArticleContent;

/**
 * Fuzzes {@link ArticleFileReader} with arbitrary file contents, as a plain-text or an HTML file: every file ends as
 * an article or an {@link UnreadableArticleException}, and an article fits what the database and the pages expect
 * (clean one-line title, byline and lead within their column sizes, clean non-blank text, the raw text kept whole).
 */
class ArticleFileReaderFuzzTests {

    private static Path dir;

    private final ArticleFileReader reader = new ArticleFileReader();

    @BeforeAll
    static void createFolder() throws IOException {
        dir = Files.createTempDirectory("article-reader-fuzz");
    }

    @AfterAll
    static void deleteFolder() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    @FuzzTest(maxDuration = "20s")
    void readsOrRefuses(FuzzedDataProvider data) {
        Path file = dir.resolve(data.consumeBoolean() ? "article.html" : "article.txt");
        byte[] bytes = data.consumeRemainingAsBytes();
        write(file, bytes);
        resultOrDocumentedFailure(() -> reader.read(file), UnreadableArticleException.class)
                .ifPresent(ArticleFileReaderFuzzTests::assertStorable);
    }

    private static void assertStorable(ArticleContent article) {
        assertCleanLine(article.title());
        assertThat(article.title()).isNotBlank().hasSizeLessThanOrEqualTo(ArticleFileReader.MAX_TITLE_CHARS);
        assertCleanText(article.text());
        assertThat(article.text()).isNotBlank().isEqualTo(article.text().strip());
        assertCleanLine(article.lead());
        assertThat(article.lead()).isNotBlank().hasSizeLessThanOrEqualTo(ArticleFileReader.MAX_LEAD_CHARS);
        if (article.byline() != null) {
            assertCleanLine(article.byline());
            assertThat(article.byline()).isNotBlank().hasSizeLessThanOrEqualTo(ArticleFileReader.MAX_BYLINE_CHARS);
        }
        if (article.url() != null) {
            assertThat(article.url()).startsWith("http").hasSizeLessThanOrEqualTo(ArticleFileReader.MAX_URL_CHARS);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
