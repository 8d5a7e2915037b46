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
    void otherwiseAFullDateWrittenWithItsDayOfTheWeek() {
        assertThat(dates.find("Ministers met on Wednesday, 9 November 2011, and agreed nothing."))
                .contains(new TextDates.Found(Instant.parse("2011-11-09T00:00:00Z"), DateSource.TEXT));
        assertThat(dates.find("The mayor said on Friday, June 3, 2016 that the bridge was safe."))
                .contains(new TextDates.Found(Instant.parse("2016-06-03T00:00:00Z"), DateSource.TEXT));
        assertThat(dates.find("Rain fell on Monday 7 March 2022. The river rose on Tuesday 8 March 2022."))
                .contains(new TextDates.Found(Instant.parse("2022-03-08T00:00:00Z"), DateSource.TEXT));
    }

    @Test
    void aFullDateWithoutItsDayOfTheWeekDatesNothing() {
        // News writes the story's own day without its year, so a year marks another day: a recalled event, a term.
        assertThat(dates.find("The company said on March 12, 1986 it had sold the unit to a group of investors."))
                .isEmpty();
        assertThat(dates.find("Putin arrived on July 19, 2022, and left on 20 July 2022.")).isEmpty();
        assertThat(dates.find("The notes, issued 2021-11-05, pay eight pct.")).isEmpty();
    }

    @Test
    void aDayOfTheWeekThatIsNotTheCalendarsDatesNothing() {
        // 9 November 2011 was a Wednesday.
        assertThat(dates.find("Ministers met on Thursday, 9 November 2011, and agreed nothing.")).isEmpty();
    }

    @Test
    void deadlinesAndPlansDateNothing() {
        assertThat(dates.find("Bids must arrive by Friday, 15 July 2016, the council said.")).isEmpty();
        assertThat(dates.find("The talks will resume on Monday, 4 April 2022 in Vienna.")).isEmpty();
        assertThat(dates.find("The offer is open until Friday, June 3, 2016, the bank said.")).isEmpty();
        assertThat(dates.find("Voting is due to close on Sunday, 5 May 2024.")).isEmpty();
    }

    @Test
    void historyTheStoryRecallsDatesNothing() {
        assertThat(dates.find("She was born on Saturday, 1 January 1938 in Leeds.")).isEmpty();
        assertThat(dates.find("Prices have doubled since Monday, 7 March 2022, traders said.")).isEmpty();
        assertThat(dates.find("Born in Luton on Monday, 5 April 1920, Hailey wrote Airport. He died at home on"
                + " Wednesday, 24 November 2004."))
                .contains(new TextDates.Found(Instant.parse("2004-11-24T00:00:00Z"), DateSource.TEXT));
        assertThat(dates.find("The plant closed on its last day, Friday, 3 June 2016. The town met on Monday,"
                + " 13 June 2016."))
                .contains(new TextDates.Found(Instant.parse("2016-06-13T00:00:00Z"), DateSource.TEXT));
    }

    @Test
    void datesTheSentencePlacesInThePastDateNothing() {
        assertThat(dates.find("Gordon Brown was born in Glasgow on 20 February 1951, the son of a minister.")).isEmpty();
        assertThat(dates.find("Human rights had been flouted since 11 September, 2001, she said.")).isEmpty();
        assertThat(dates.find("The guitarist vanished 10 years ago, on 1 February 1995. He was never found.")).isEmpty();
        assertThat(dates.find("Visitor numbers are back to pre-11 September 2001 levels.")).isEmpty();
        assertThat(dates.find("Born in Luton on Monday, 5 April 1920, Hailey wrote Airport.")).isEmpty();
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
