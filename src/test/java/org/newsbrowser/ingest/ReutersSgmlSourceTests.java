package org.newsbrowser.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsbrowser.article.ArticleContent;

/**
 * Reading Reuters-21578 SGML, from a small file written for this test in the collection's format
 * ({@code src/test/resources/ingest/reuters-sample.sgm}: a story, a brief, a record without a body).
 */
class ReutersSgmlSourceTests {

    private static final Path SAMPLE = Path.of("src/test/resources/ingest/reuters-sample.sgm");

    private final List<SourceEntry> entries = SourceTesting.entries(
            new ReutersSgmlSource(SAMPLE, "reuters-sample.sgm", new ArticleFileReader()));

    @Test
    void recordsAreNamedByFileAndNewId() {
        assertThat(entries).extracting(SourceEntry::source).containsExactly(
                "reuters-sample.sgm#NEWID=7", "reuters-sample.sgm#NEWID=8", "reuters-sample.sgm#NEWID=9");
    }

    @Test
    void storyKeepsTitleDateAndDatelineWithTheHardWrapUndoneAndTheSignOffDropped() throws Exception {
        ArticleContent story = entries.get(0).read();

        assertThat(story.title()).isEqualTo("CANADA WHEAT EXPORTS SEEN HIGHER");
        assertThat(story.publishedAt()).isEqualTo(Instant.parse("1987-03-03T15:01:01Z"));
        assertThat(story.text()).isEqualTo("""
                WINNIPEG, March 3 - Canadian wheat exports should rise this year, the Canadian Wheat Board said, \
                citing strong demand <from> Japan and China.

                Board chairman Esmond Jarvis said sales to the Soviet Union would also grow.""");
    }

    @Test
    void briefsAndRecordsWithoutABodyAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> entries.get(1).read()).isInstanceOf(UnreadableArticleException.class)
                .hasMessage("a Reuters brief: headline only, no story");
        assertThatThrownBy(() -> entries.get(2).read()).isInstanceOf(UnreadableArticleException.class)
                .hasMessage("no story text (the record has no body)");
    }

    @Test
    void sameRecordHashesTheSameOnEveryRead() throws Exception {
        List<SourceEntry> again = SourceTesting.entries(
                new ReutersSgmlSource(SAMPLE, "reuters-sample.sgm", new ArticleFileReader()));

        assertThat(again.get(0).contentHash()).isEqualTo(entries.get(0).contentHash()).hasSize(64);
    }

    @Test
    void realCollectionFileYieldsItsThousandRecordsWithDatesAndTheFirstStoryIntact() throws Exception {
        Path real = Path.of("..", "shared", "corpora", "reuters21578", "reut2-000.sgm");
        assumeTrue(Files.isRegularFile(real), "the shared Reuters-21578 corpus is not present");

        List<SourceEntry> records = SourceTesting.entries(
                new ArticleSources(new ArticleFileReader()).open(real));

        assertThat(records).hasSize(1000);
        assertThat(records.get(0).source()).isEqualTo("reut2-000.sgm#NEWID=1");
        ArticleContent first = records.get(0).read();
        assertThat(first.title()).isEqualTo("BAHIA COCOA REVIEW");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("1987-02-26T15:01:01Z"));
        assertThat(first.text()).startsWith("SALVADOR, Feb 26 - Showers continued throughout the week in the Bahia"
                + " cocoa zone").doesNotContain("\u0003").doesNotEndWith("Reuter");
        long stories = records.stream().filter(entry -> {
            try {
                return entry.read().publishedAt() != null;
            } catch (UnreadableArticleException e) {
                return false;
            }
        }).count();
        assertThat(stories).as("records read as dated stories; the rest are briefs or have no body")
                .isBetween(900L, 999L);
        assertThat(records.stream().map(ReutersSgmlSourceTests::textOrNothing)
                .filter(text -> text.toLowerCase(Locale.ROOT).endsWith("reuter"))
                .map(text -> text.substring(Math.max(0, text.length() - 60))))
                .as("stories still ending with the sign-off, written Reuter or REUTER").isEmpty();
    }

    private static String textOrNothing(SourceEntry entry) {
        try {
            return entry.read().text();
        } catch (UnreadableArticleException e) {
            return "";
        }
    }

    @Test
    void wireCodesAfterTheTimeDoNotLoseTheDate() {
        assertThat(ReutersSgmlSource.date("27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM"))
                .isEqualTo(Instant.parse("1987-03-27T00:02:59Z"));
        assertThat(ReutersSgmlSource.date("no date")).isNull();
    }
}
