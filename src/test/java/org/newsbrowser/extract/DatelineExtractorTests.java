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
            AL-AIN , United Arab Emirates 1996-12-06                        | AE | AL-AIN
            TAVILDARA, Tajikistan 1996-08-30                                | TJ | TAVILDARA, Tajikistan
            CAMBRIDGE, Mass., March 3 - The company said.                   | US | CAMBRIDGE, Mass.
            CAMBRIDGE, England, March 3 - The university said.              | GB | CAMBRIDGE
            ATLANTA, Georgia, March 3 - The company said.                   | US | ATLANTA
            TBILISI, Georgia, March 3 - The government said.                | GE | TBILISI
            GREENWICH, Conn., March 3 - The company said.                   | US | GREENWICH, Conn.
            TORONTO - Canadian shares rose on Monday.                       | CA | TORONTO
            SAO PAULO, March 3 - Brazil's coffee exports rose.              | BR | SAO PAULO
            """)
    void findsTheDatelineCountry(String text, String code, String surface) {
        List<ExtractedMention> found = DATELINES.extract(text);
        assertThat(found).hasSize(1);
        ExtractedMention m = found.get(0);
        assertThat(m.type()).isEqualTo(EntityType.COUNTRY);
        assertThat(m.normalized()).isEqualTo(code);
        assertThat(m.text()).isEqualTo(surface);
        assertThat(text.substring(m.begin(), m.end())).isEqualTo(surface);
        assertThat(m.extractor()).isEqualTo(DatelineExtractor.NAME);
    }

    @Test
    void findsTheDatelineAfterTitleAndByline() {
        String text = "Tajik troops now control devastated town.\n\nYuri Kushko\nTAVILDARA, Tajikistan 1996-08-30\n"
                + "Tajik government troops now control the town.";
        assertThat(DATELINES.extract(text)).singleElement()
                .satisfies(m -> assertThat(m.normalized()).isEqualTo("TJ"));
        String reuters = "BAHIA COCOA REVIEW\n\nSALVADOR, Feb 26 - Showers continued throughout the week.";
        assertThat(DATELINES.extract(reuters)).singleElement().satisfies(m -> {
            assertThat(m.normalized()).isEqualTo("BR");
            assertThat(m.text()).isEqualTo("SALVADOR");
        });
    }

    @Test
    void unknownCityGivesNothing() {
        assertThat(DATELINES.extract("XYZZYVILLE, March 3 - The company said.")).isEmpty();
    }

    @Test
    void noDatelineGivesNothing() {
        assertThat(DATELINES.extract("Russian President Vladimir Putin landed in Tehran on Tuesday.")).isEmpty();
        assertThat(DATELINES.extract("")).isEmpty();
        // a headline with a dash is not a dateline, nor is a place named later in a paragraph
        assertThat(DATELINES.extract("CHINA - WHEAT IMPORTS RISE\n\nImports rose, traders in London said."))
                .isEmpty();
        assertThat(DATELINES.extract("Shares rose.\nThen: LONDON, March 3 - nothing.")).isEmpty();
    }
}
