package org.newsbrowser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsbrowser.entity.EntityType;

class DatelineExtractorTests {

    private static final DatelineExtractor DATELINES =
            new DatelineExtractor(CountryGazetteer.load(), CityGazetteer.load());

    @ParameterizedTest(name = "{0} -> {1} over \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            NEW YORK, March 3 - Shares of Acme rose.                       | US | NEW YORK
            HOUSTON, Feb 26 - Oil prices fell.                              | US | HOUSTON
            CHICAGO, March 3 - Grain futures rose.                          | US | CHICAGO
            Paris, Sept. 4 (AFP) - The government said.                     | FR | Paris
            LONDON (Reuters) - British shares fell.                         | GB | LONDON
            Tehran (Reuters) - Iran said on Monday.                         | IR | Tehran
            LONDON 1996-08-30                                               | GB | LONDON
            AL-AIN , United Arab Emirates 1996-12-06                        | AE | United Arab Emirates
            TAVILDARA, Tajikistan 1996-08-30                                | TJ | Tajikistan
            CAMBRIDGE, Mass., March 3 - The company said.                   | US | CAMBRIDGE, Mass.
            CAMBRIDGE, England, March 3 - The university said.              | GB | CAMBRIDGE, England
            ATLANTA, Georgia, March 3 - The company said.                   | US | ATLANTA, Georgia
            TBILISI, Georgia, March 3 - The government said.                | GE | Georgia
            GREENWICH, Conn., March 3 - The company said.                   | US | GREENWICH, Conn.
            TORONTO - Canadian shares rose on Monday.                       | CA | TORONTO
            SAO PAULO, March 3 - Brazil's coffee exports rose.              | BR | SAO PAULO
            """)
    void findsTheDatelineCountryOverTheWordsNamingItElseOverThePlace(String text, String code, String named) {
        assertThat(DATELINES.find(text)).hasValueSatisfying(d -> assertThat(d.country()).isEqualTo(code));
        List<ExtractedMention> found = DATELINES.extract(text);
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(EntityType.COUNTRY);
            assertThat(m.normalized()).isEqualTo(code);
            assertThat(m.text()).isEqualTo(named);
            assertThat(text.substring(m.begin(), m.end())).isEqualTo(named);
            assertThat(m.extractor()).isEqualTo(DatelineExtractor.NAME);
        });
    }

    @Test
    void findsTheDatelineAfterTitleAndByline() {
        String text = "Tajik troops now control devastated town.\n\nYuri Kushko\nTAVILDARA, Tajikistan 1996-08-30\n"
                + "Tajik government troops now control the town.";
        assertThat(DATELINES.extract(text)).singleElement()
                .satisfies(m -> assertThat(m.normalized()).isEqualTo("TJ"));
        String reuters = "BAHIA COCOA REVIEW\n\nSALVADOR, Feb 26 - Showers continued throughout the week.";
        assertThat(DATELINES.find(reuters)).hasValueSatisfying(d -> {
            assertThat(d.country()).isEqualTo("BR");
            assertThat(reuters.substring(d.begin(), d.end())).isEqualTo("SALVADOR");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            GOLF - LEADERS AFTER SECOND ROUND.\\n\\nORLANDO, Florida 1996-03-02\\nScores after the second round.
            Cycling - Stage win for the Dane.\\n\\nLYON 1997-07-11\\nThe Dane won the stage.
            RTRS - Tennis : Top seed out.\\n\\nPERTH 1996-01-04\\nThe top seed lost.
            ICE HOCKEY-FLYERS WIN AGAIN.\\n\\nDETROIT 1996-03-02\\nThe Flyers won again.
            """)
    void aSportsReportsVenueThatIsNotACapitalGivesNoCountry(String escaped) {
        String text = escaped.replace("\\n", "\n");
        assertThat(DATELINES.find(text)).isPresent(); // the tagger's guesses on the venue are still ignored
        assertThat(DATELINES.extract(text)).isEmpty();
    }

    @Test
    void aSportsReportFromACapitalKeepsItsCountryAndOtherReportsKeepTheirs() {
        String capital = "ATHLETICS - RECORD IN THE STADIUM.\n\nOSLO 1996-06-20\nA world record fell.";
        assertThat(DATELINES.extract(capital)).singleElement().satisfies(m -> assertThat(m.normalized())
                .isEqualTo("NO"));
        String business = "Carmaker lifts output - sources.\n\nDETROIT 1996-03-02\nThe carmaker raised output.";
        assertThat(DATELINES.extract(business)).singleElement().satisfies(m -> assertThat(m.normalized())
                .isEqualTo("US"));
        // a sport named later in the text is not a headline slug
        String later = "Carmaker lifts output.\n\nDETROIT 1996-03-02\nGOLF - the carmaker sponsors a cup.";
        assertThat(DATELINES.extract(later)).singleElement().satisfies(m -> assertThat(m.normalized())
                .isEqualTo("US"));
    }

    @Test
    void unknownCityGivesNothing() {
        assertThat(DATELINES.find("XYZZYVILLE, March 3 - The company said.")).isEmpty();
    }

    @Test
    void noDatelineGivesNothing() {
        assertThat(DATELINES.find("Russian President Vladimir Putin landed in Tehran on Tuesday.")).isEmpty();
        assertThat(DATELINES.find("")).isEmpty();
        // a headline with a dash is not a dateline, nor is a place named later in a paragraph
        assertThat(DATELINES.find("CHINA - WHEAT IMPORTS RISE\n\nImports rose, traders in London said."))
                .isEmpty();
        assertThat(DATELINES.find("Shares rose.\nThen: LONDON, March 3 - nothing.")).isEmpty();
    }
}
