package org.newsbrowser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTests {

    @Test
    void splitsAtStopsFollowedByACapitalAndAtLineBreaks() {
        assertThat(sentences("Putin landed. He met Raisi! Did he?\nNew paragraph here"))
                .containsExactly("Putin landed.", "He met Raisi!", "Did he?", "New paragraph here");
    }

    @Test
    void abbreviationsInitialsAndAcronymsDoNotEndASentence() {
        assertThat(sentences("Mr. Peskov met Gen. Smith on Sept. 4 in the U.S. Capitol with George W. Bush. Then they left."))
                .containsExactly("Mr. Peskov met Gen. Smith on Sept. 4 in the U.S. Capitol with George W. Bush.",
                        "Then they left.");
    }

    @Test
    void closingQuotesStayWithTheirSentenceAndNumbersAreNotCut() {
        assertThat(sentences("He said: “Prices rose 3.5 percent.” Analysts disagreed."))
                .containsExactly("He said: “Prices rose 3.5 percent.”", "Analysts disagreed.");
        assertThat(sentences("it was small. and then lower case")).containsExactly("it was small. and then lower case");
    }

    @Test
    void findsTheSentenceAroundAnOffset() {
        String text = "One sentence. Another one here.";
        Sentences.Span span = Sentences.around(text, text.indexOf("Another") + 2);
        assertThat(text.substring(span.begin(), span.end())).isEqualTo("Another one here.");
    }

    private static List<String> sentences(String text) {
        return Sentences.of(text).stream().map(s -> text.substring(s.begin(), s.end())).toList();
    }
}
