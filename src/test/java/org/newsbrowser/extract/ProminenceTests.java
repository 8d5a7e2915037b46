package org.newsbrowser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.extract.Prominence.Key;

class ProminenceTests {

    private static final String TEXT = """
            Grain traders expect record harvest

            CHICAGO, March 3 - Traders at the Chicago Board of Trade expect Canada to report a record wheat \
            harvest this year, analysts said on Tuesday.

            Exports to Japan rose last year. Exports to Egypt fell, and Egypt said it would buy less.

            Some analysts said Egypt would still buy wheat from Argentina later.""";

    /** A COUNTRY mention of every occurrence of each word; the dateline's city from the dateline extractor. */
    private static List<ExtractedMention> mentions() {
        List<ExtractedMention> out = new ArrayList<>();
        out.add(new ExtractedMention(EntityType.COUNTRY, TEXT.indexOf("CHICAGO"), TEXT.indexOf("CHICAGO") + 7,
                "CHICAGO", "US", DatelineExtractor.NAME));
        String[][] words = {{"Canada", "CA"}, {"Japan", "JP"}, {"Egypt", "EG"}, {"Argentina", "AR"}};
        for (String[] w : words) {
            Matcher m = Pattern.compile(w[0]).matcher(TEXT);
            while (m.find()) {
                out.add(new ExtractedMention(EntityType.COUNTRY, m.start(), m.end(), w[0], w[1], "gazetteer"));
            }
        }
        return out;
    }

    @Test
    void leadDatelineAndRepeatedEntitiesAreProminent() {
        assertThat(Prominence.of(TEXT, mentions()))
                .containsExactlyInAnyOrder(country("US"), country("CA"), country("EG"))
                .doesNotContain(country("JP"), country("AR"));
    }

    @Test
    void theThresholdCanBeMeasured() {
        assertThat(Prominence.of(TEXT, mentions(), 2)).contains(country("EG"));
        assertThat(Prominence.of(TEXT, mentions(), 4)).doesNotContain(country("EG"));
    }

    @Test
    void leadEndsAfterTheFirstParagraphOfRunningText() {
        int lead = Prominence.leadEnd(TEXT);
        assertThat(TEXT.substring(0, lead)).endsWith("analysts said on Tuesday.");
        assertThat(Prominence.leadEnd("One short line")).isEqualTo(14);
        assertThat(Prominence.leadEnd("word ".repeat(1000))).isEqualTo(Prominence.MAX_LEAD);
    }

    @Test
    void noMentionsNothingProminent() {
        assertThat(Prominence.of(TEXT, List.of())).isEmpty();
    }

    private static Key country(String code) {
        return new Key(EntityType.COUNTRY, code);
    }
}
