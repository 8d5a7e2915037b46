package org.newsbrowser.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleMakerTests {

    private final TitleMaker titles = new TitleMaker();

    @Test
    void shortLinesWithoutSentencePeriodAreHeadlines() {
        assertThat(titles.isHeadline("Putin has arrived in Tehran, as Russia and Iran grow closer")).isTrue();
        assertThat(titles.isHeadline("Is this the end of cheap oil?")).isTrue();
        assertThat(titles.isHeadline("Talks resume with the U.S.")).isTrue();
    }

    @Test
    void sentencesCutLinesAndLongLinesAreNotHeadlines() {
        assertThat(titles.isHeadline("Putin landed in Tehran on Tuesday.")).isFalse();
        assertThat(titles.isHeadline("Rivals of the £400 Apple...")).isFalse();
        assertThat(titles.isHeadline("word ".repeat(26))).isFalse();
        assertThat(titles.isHeadline("x".repeat(151))).isFalse();
        assertThat(titles.isHeadline("   ")).isFalse();
    }

    @Test
    void shortFirstSentenceBecomesTheTitleWithoutItsPeriod() {
        assertThat(titles.fromLead("Mr. Smith resigned on Monday. He had led the firm since 1999."))
                .isEqualTo("Mr. Smith resigned on Monday");
    }

    @Test
    void longSentenceIsCutAtTheLastClauseBoundary() {
        assertThat(titles.fromLead("On July 19, Russian President Vladimir Putin paid an official visit to Tehran,"
                + " where he met with his Iranian and Turkish counterparts as well as Iran’s supreme leader."))
                .isEqualTo("On July 19, Russian President Vladimir Putin paid an official visit to Tehran");
    }

    @Test
    void cutInsideAnIntroductoryPhraseIsMarked() {
        assertThat(titles.fromLead("Marking the first international meeting outside the borders of the former Soviet"
                + " Union since the invasion of Ukraine, Russian President Vladimir Putin landed in Tehran."))
                .isEqualTo("Marking the first international meeting outside the borders of the former Soviet Union…");
    }

    @Test
    void sentenceWithoutBoundaryIsCutAtAWordAndNeverEndsOnAFunctionWord() {
        String title = titles.fromLead("A meeting between Russian President Vladimir Putin and Supreme Leader"
                + " Ayatollah Ali Khamenei took place in Tehran, marking the first trip.");
        assertThat(title).isEqualTo(
                "A meeting between Russian President Vladimir Putin and Supreme Leader Ayatollah Ali Khamenei took place…");
        assertThat(title.length()).isLessThanOrEqualTo(TitleMaker.MAX_GENERATED_CHARS + 1);
    }

    @Test
    void neverReturnsAWholeLongParagraph() {
        String paragraph = "Officials said " + "the talks went on ".repeat(20) + "until late.";
        assertThat(titles.fromLead(paragraph)).hasSizeLessThanOrEqualTo(TitleMaker.MAX_GENERATED_CHARS + 1)
                .endsWith("…");
    }

    // Found by TitleMakerFuzzTests and ArticleFileReaderFuzzTests: a lead of dots gave an empty title, and a cut
    // inside a long word could leave half of a surrogate pair.
    @Test
    void aLeadOfDotsKeepsThemAsItsTitle() {
        assertThat(titles.fromLead("..")).isEqualTo("..");
        assertThat(titles.fromLead(".".repeat(200))).isEqualTo(".".repeat(TitleMaker.MAX_GENERATED_CHARS));
    }

    @Test
    void neverCutsACharacterOutsideTheBasicPlaneInHalf() {
        // 105 characters would end inside the 53rd emoji.
        String title = titles.fromLead("\uD83D\uDE00".repeat(100));
        assertThat(title).isEqualTo("\uD83D\uDE00".repeat(52) + "…");
    }
}
