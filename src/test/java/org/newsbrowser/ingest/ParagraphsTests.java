package org.newsbrowser.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphsTests {

    // Found by ParagraphsFuzzTests: a last line of spaces or controls left a trailing line break, which a second
    // normalize removed; and U+0080-U+009F were not counted as controls.
    @Test
    void normalizingTwiceChangesNothing() {
        String text = "\n\u0007Headline \u0085\r\n\r\nBody\u0000 text.\n\u007F\u0000 \n";
        String normalized = Paragraphs.normalize(text);
        assertThat(normalized).isEqualTo("Headline\n\nBody text.");
        assertThat(Paragraphs.normalize(normalized)).isEqualTo(normalized);
    }

    @Test
    void oneLineJoinsLinesWithSingleSpaces() {
        assertThat(Paragraphs.oneLine(" Rates\r\n\n rise\u0007 again\t")).isEqualTo("Rates rise again");
    }

    @Test
    void prefixNeverEndsInsideASurrogatePair() {
        assertThat(Paragraphs.prefix("ab\uD83D\uDE00c", 3)).isEqualTo("ab");
        assertThat(Paragraphs.prefix("ab\uD83D\uDE00c", 4)).isEqualTo("ab\uD83D\uDE00");
        assertThat(Paragraphs.prefix("ab", 4)).isEqualTo("ab");
    }
}
