package org.newsbrowser.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTests {

    private static final LocalDate JULY_18 = LocalDate.of(2022, 7, 18);

    @Test
    void aSpanOfDaysIsShownByDayWithEmptyDaysAsEmptyBars() {
        Timeline timeline = Timeline.of(List.of(new DayCount(JULY_18, 2, 5), new DayCount(JULY_18.plusDays(3), 1, 1)),
                (from, to) -> "/?from=" + from + "&to=" + to);

        assertThat(timeline.unit()).isEqualTo(TimeUnit.DAY);
        assertThat(timeline.bars()).extracting(Timeline.Bar::from, Timeline.Bar::articles, Timeline.Bar::mentions)
                .containsExactly(tuple(JULY_18, 2L, 5L), tuple(JULY_18.plusDays(1), 0L, 0L),
                        tuple(JULY_18.plusDays(2), 0L, 0L), tuple(JULY_18.plusDays(3), 1L, 1L));
        assertThat(timeline.articles()).isEqualTo(3);
        assertThat(timeline.bars().get(0).height()).isEqualTo(Timeline.HEIGHT);
        assertThat(timeline.bars().get(3).height()).isEqualTo(Timeline.HEIGHT / 2);
        assertThat(timeline.bars().get(1).height()).isZero();
        assertThat(timeline.bars().get(3).url()).isEqualTo("/?from=2022-07-21&to=2022-07-21");
        assertThat(timeline.bars()).as("four bars centred in the narrowest chart").extracting(Timeline.Bar::x)
                .containsExactly(180, 190, 200, 210);
        assertThat(timeline.getWidth()).isEqualTo(Timeline.MIN_SLOTS * Timeline.SLOT);
    }

    @Test
    void monthsOfDatesAreShownByWeekStartingOnMonday() {
        Timeline timeline = Timeline.of(List.of(new DayCount(JULY_18.plusDays(2), 1, 0),
                new DayCount(JULY_18.plusDays(4), 2, 0), new DayCount(LocalDate.of(2022, 10, 1), 4, 0)),
                (from, to) -> from + ".." + to);

        assertThat(timeline.unit()).isEqualTo(TimeUnit.WEEK);
        Timeline.Bar first = timeline.bars().get(0);
        assertThat(first.from()).isEqualTo(JULY_18);
        assertThat(first.to()).isEqualTo(LocalDate.of(2022, 7, 24));
        assertThat(first.articles()).isEqualTo(3);
        assertThat(first.url()).isEqualTo("2022-07-18..2022-07-24");
        assertThat(timeline.bars().get(timeline.bars().size() - 1).from()).isEqualTo(LocalDate.of(2022, 9, 26));
        assertThat(timeline.bars().stream().mapToLong(Timeline.Bar::articles).sum()).isEqualTo(7);
    }

    @Test
    void yearsOfDatesAreShownByMonthAndDecadesByYear() {
        Timeline months = Timeline.of(List.of(new DayCount(LocalDate.of(1987, 2, 26), 1, 0),
                new DayCount(LocalDate.of(1990, 10, 19), 1, 0)), (from, to) -> "");
        assertThat(months.unit()).isEqualTo(TimeUnit.MONTH);
        assertThat(months.bars()).hasSize(45);
        assertThat(months.bars().get(0).from()).isEqualTo(LocalDate.of(1987, 2, 1));
        assertThat(months.bars().get(0).to()).isEqualTo(LocalDate.of(1987, 2, 28));
        assertThat(months.getFirstLabel()).isEqualTo("Feb 1987");

        Timeline years = Timeline.of(List.of(new DayCount(LocalDate.of(1960, 5, 1), 1, 0),
                new DayCount(LocalDate.of(2022, 7, 19), 1, 0)), (from, to) -> "");
        assertThat(years.unit()).isEqualTo(TimeUnit.YEAR);
        assertThat(years.bars()).hasSize(63);
    }

    @Test
    void noDatesNoBars() {
        assertThat(Timeline.of(List.of(), (from, to) -> "").isEmpty()).isTrue();
    }
}
