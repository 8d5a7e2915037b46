package org.newsbrowser.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a reader sees of a hit: its title and passages with the search's matches marked, here in brackets. */
class TextHighlighterTests {

    private static final String TEXT = "The council met on Monday. Its governments and the government's critics argued "
            + "for hours. The prime minister spoke last. A minister of the prime cabinet left early.";

    @Test
    void aWordMarksEveryFormWithItsStem() {
        assertThat(passages("government", TEXT, 1))
                .isEqualTo("Its [governments] and the [government's] critics argued for hours.");
    }

    @Test
    void aPhraseIsMarkedWhereItsWordsStandTogetherOnly() {
        assertThat(passages("\"prime minister\"", TEXT, 2)).isEqualTo("The [prime minister] spoke last.");
    }

    @Test
    void aPrefixMarksEveryWordItStarts() {
        assertThat(passages("minist*", TEXT, 2))
                .isEqualTo("The prime [minister] spoke last. … A [minister] of the prime cabinet left early.");
    }

    @Test
    void wordsUnderNotAreNeverMarked() {
        assertThat(passages("council AND NOT minister", TEXT, 2)).isEqualTo("The [council] met on Monday.");
        assertThat(passages("council OR (hours AND NOT cabinet)", TEXT, 2))
                .contains("[council]", "[hours]").doesNotContain("[cabinet]");
    }

    @Test
    void theBestPassagesComeFirstAndAPassageIsASentence() {
        String text = "Wallabies graze. Rangers saw a quokka near the quokka burrows. Nothing else happened here "
                + "for a long while, and the day ended with rain over the island and a quokka asleep.";
        assertThat(passages("quokka", text, 2)).isEqualTo("Rangers saw a [quokka] near the [quokka] burrows. … "
                + "Nothing else happened here for a long while, and the day ended with rain over the island and a "
                + "[quokka] asleep.");
        assertThat(passages("quokka", text, 1)).isEqualTo("Rangers saw a [quokka] near the [quokka] burrows.");
    }

    @Test
    void aMatchLateInALongTextIsFound() {
        String text = "Nothing to see in this sentence. ".repeat(2_000) + "At last the numbat appeared.";
        assertThat(text.length()).as("beyond the 10,000 characters Lucene's highlighter read").isGreaterThan(60_000);
        assertThat(passages("numbat", text, 2)).isEqualTo("At last the [numbat] appeared.");
    }

    @Test
    void aTitleIsMarkedWholeOrNotAtAll() {
        TextHighlighter highlighter = TextHighlighter.of(SearchQuery.parse("census").root());
        assertThat(bracketed(highlighter.whole("Quokka island Census. Results due"))).isEqualTo(
                "Quokka island [Census]. Results due");
        assertThat(highlighter.whole("Wallaby count")).isEqualTo(Highlight.NONE);
        assertThat(highlighter.passages("Wallaby count.", 2)).isEqualTo(Highlight.NONE);
    }

    @Test
    void articleMarkupStaysText() {
        Highlight highlight = TextHighlighter.of(SearchQuery.parse("xylophone").root())
                .passages("Lorem <script>alert('xylophone')</script> & <b>bold</b>.", 2);
        assertThat(highlight.text()).isEqualTo("Lorem <script>alert('xylophone')</script> & <b>bold</b>.");
        assertThat(highlight.html()).isEqualTo("Lorem &lt;script&gt;alert(&#39;<mark>xylophone</mark>&#39;)"
                + "&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;.");
    }

    @Test
    void accentsAndCaseAreMatchedAsTheIndexFoldsThem() {
        assertThat(passages("cafe", "Meet at the Café Royal.", 1)).isEqualTo("Meet at the [Café] Royal.");
    }

    private static String passages(String query, String text, int count) {
        return bracketed(TextHighlighter.of(SearchQuery.parse(query).root()).passages(text, count));
    }

    private static String bracketed(Highlight highlight) {
        StringBuilder text = new StringBuilder();
        highlight.segments().forEach(s -> text.append(s.match() ? "[" + s.text() + "]" : s.text()));
        return text.toString();
    }
}
