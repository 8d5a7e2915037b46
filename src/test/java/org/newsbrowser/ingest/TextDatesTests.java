package org.newsbrowser.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsbrowser.article.DateSource;

class TextDatesTests {

    private final TextDates dates = new TextDates();

    @Test
    void datedDatelinesAreDatelineDates() {
        assertThat(dates.find("Oil Prices Fall\n\nHOUSTON, March 3, 1987 - Oil prices fell on Tuesday."))
                .contains(new TextDates.Found(Instant.parse("1987-03-03T00:00:00Z"), DateSource.DATELINE));
        assertThat(dates.find("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP\n\nLONDON 1996-08-30\nWest Indian all-rounder"))
                .contains(new TextDates.Found(Instant.parse("1996-08-30T00:00:00Z"), DateSource.DATELINE));
        assertThat(dates.find("PARIS, Sept. 4, 2001 (AFP) -- Talks resumed."))
                .contains(new TextDates.Found(Instant.parse("2001-09-04T00:00:00Z"), DateSource.DATELINE));
    }

    @Test
    void otherwiseTheFirstFullDateOfTheText() {
        assertThat(dates.find("Putin arrived on July 19, 2022, and left on 20 July 2022."))
                .contains(new TextDates.Found(Instant.parse("2022-07-19T00:00:00Z"), DateSource.TEXT));
        assertThat(dates.find("The report, published 2021-11-05, says more."))
                .contains(new TextDates.Found(Instant.parse("2021-11-05T00:00:00Z"), DateSource.TEXT));
        assertThat(dates.find("Talks end on the 5th March 2020 in Geneva."))
                .contains(new TextDates.Found(Instant.parse("2020-03-05T00:00:00Z"), DateSource.TEXT));
    }

    @Test
    void datesWithoutAYearOrImpossibleDatesDateNothing() {
        assertThat(dates.find("NEW YORK, March 3 - Stocks rose. On July 19 Putin arrived.")).isEmpty();
        assertThat(dates.find("It was February 30, 2020, or so they said; 12,000 people in 2020.")).isEmpty();
        assertThat(dates.find("Call 1987-13-45 for details.")).isEmpty();
    }
}
