package org.newsbrowser.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** The width of a timeline's bars, chosen from the span of dates so that a timeline has tens of bars, not thousands. */
public enum TimeUnit {
    DAY("day"),
    WEEK("week"),
    MONTH("month"),
    YEAR("year");

    /** Spans up to this many days are shown by day, then by week, then by month; longer ones by year. */
    static final long MAX_DAYS_BY_DAY = 62;
    static final long MAX_DAYS_BY_WEEK = 2 * 366;
    static final long MAX_DAYS_BY_MONTH = 20 * 366;

    private final String label;

    TimeUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The unit for dates from {@code first} to {@code last}. */
    static TimeUnit forSpan(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days <= MAX_DAYS_BY_DAY) {
            return DAY;
        }
        if (days <= MAX_DAYS_BY_WEEK) {
            return WEEK;
        }
        return days <= MAX_DAYS_BY_MONTH ? MONTH : YEAR;
    }

    /** The first day of the bar holding the day (weeks start on Monday). */
    LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The first day of the next bar. */
    LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
        };
    }
}
