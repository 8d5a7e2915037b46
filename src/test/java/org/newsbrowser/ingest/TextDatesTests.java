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
    void otherwiseTheLatestFullDateOfTheText() {
        assertThat(dates.find("Putin arrived on July 19, 2022, and left on 20 July 2022."))
                .contains(new TextDates.Found(Instant.parse("2022-07-20T00:00:00Z"), DateSource.TEXT));
        assertThat(dates.find("The report, published 2021-11-05, says more."))
                .contains(new TextDates.Found(Instant.parse("2021-11-05T00:00:00Z"), DateSource.TEXT));
        assertThat(dates.find("Talks end on the 5th March 2020 in Geneva."))
                .contains(new TextDates.Found(Instant.parse("2020-03-05T00:00:00Z"), DateSource.TEXT));
    }

    @Test
    void earlierEventsTheStoryRecallsDoNotDateIt() {
        assertThat(dates.find("The accident, on 17 October 2000, killed four people. The trial opened at the Old"
                + " Bailey on 14 February 2005, and could last a year."))
                .contains(new TextDates.Found(Instant.parse("2005-02-14T00:00:00Z"), DateSource.TEXT));
        assertThat(dates.find("Xboxes made before 23 October 2003 are affected, and in Europe consoles made before"
                + " 13 January 2004."))
                .contains(new TextDates.Found(Instant.parse("2004-01-13T00:00:00Z"), DateSource.TEXT));
    }

    @Test
    void datesTheSentencePlacesInThePastDateNothing() {
        assertThat(dates.find("Gordon Brown was born in Glasgow on 20 February 1951, the son of a minister.")).isEmpty();
        assertThat(dates.find("Human rights had been flouted since 11 September, 2001, she said.")).isEmpty();
        assertThat(dates.find("The guitarist vanished 10 years ago, on 1 February 1995. He was never found.")).isEmpty();
        assertThat(dates.find("Visitor numbers are back to pre-11 September 2001 levels.")).isEmpty();
        assertThat(dates.find("Born in Luton on 5 April 1920, Hailey wrote Airport. He died at home on 24 November"
                + " 2004."))
                .contains(new TextDates.Found(Instant.parse("2004-11-24T00:00:00Z"), DateSource.TEXT));
    }

    @Test
    void aDayAboveAClockTimeIsNoDate() {
        assertThat(dates.find("Blackburn v Burnley\n\nEwood Park\n\nTuesday, 1 March\n\n2000 GMT\n\nRovers are"
                + " unbeaten at home.")).isEmpty();
        assertThat(dates.find("France v Wales, Stade de France, Saturday, 26 February 2000 GMT")).isEmpty();
    }

    @Test
    void datesWithoutAYearOrImpossibleDatesDateNothing() {
        assertThat(dates.find("NEW YORK, March 3 - Stocks rose. On July 19 Putin arrived.")).isEmpty();
        assertThat(dates.find("It was February 30, 2020, or so they said; 12,000 people in 2020.")).isEmpty();
        assertThat(dates.find("Call 1987-13-45 for details.")).isEmpty();
    }
}
