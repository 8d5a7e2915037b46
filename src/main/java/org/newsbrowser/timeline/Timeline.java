package org.newsbrowser.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Articles (and mentions) per day, week, month or year over the dated part of a list, ready to draw as bars: every
 * bar from the first date to the last, empty ones included, so the horizontal axis is time. Each bar links to the
 * list narrowed to its days.
 *
 * @param unit     the width of a bar
 * @param bars     in time order
 * @param articles dated articles counted
 */
public record Timeline(TimeUnit unit, List<Bar> bars, long articles) {

    /** Height in SVG units of the tallest bar; the chart's viewBox is this plus room for nothing else. */
    public static final int HEIGHT = 60;
    /** Width in SVG units of one bar's slot. */
    public static final int SLOT = 10;
    /** The chart is at least this many slots wide, so a few bars stay bars, centred, rather than filling it. */
    static final int MIN_SLOTS = 40;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /** One bar: the days {@code from} to {@code to} inclusive, what they hold, where it links and where it is drawn. */
    public record Bar(LocalDate from, LocalDate to, long articles, long mentions, String url, int x, int height) {

        /** What the bar stands for, in words, for its tooltip. */
        public String getLabel() {
            String days = from.equals(to) ? DAY.format(from) : DAY.format(from) + " – " + DAY.format(to);
            String counted = articles + (articles == 1 ? " article" : " articles");
            return days + ": " + counted + (mentions > 0 ? ", " + mentions + (mentions == 1 ? " mention" : " mentions") : "");
        }

        public int getY() {
            return HEIGHT - height;
        }
    }

    /**
     * Builds the bars.
     *
     * @param days     articles per day in day order; days without articles may be missing
     * @param url      the link for a bar's range of days (first, last)
     */
    public static Timeline of(List<DayCount> days, BiFunction<LocalDate, LocalDate, String> url) {
        if (days.isEmpty()) {
            return new Timeline(TimeUnit.DAY, List.of(), 0);
        }
        LocalDate first = days.get(0).day();
        LocalDate last = days.get(days.size() - 1).day();
        TimeUnit unit = TimeUnit.forSpan(first, last);
        List<long[]> counts = new ArrayList<>();
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = unit.start(first); !start.isAfter(last); start = unit.next(start)) {
            starts.add(start);
            counts.add(new long[2]);
        }
        long total = 0;
        for (DayCount day : days) {
            int index = indexOf(starts, unit.start(day.day()));
            counts.get(index)[0] += day.articles();
            counts.get(index)[1] += day.mentions();
            total += day.articles();
        }
        long max = counts.stream().mapToLong(c -> c[0]).max().orElse(1);
        List<Bar> bars = new ArrayList<>();
        int offset = Math.max(0, MIN_SLOTS - starts.size()) / 2 * SLOT;
        for (int i = 0; i < starts.size(); i++) {
            LocalDate start = starts.get(i);
            LocalDate end = unit.next(start).minusDays(1);
            long articles = counts.get(i)[0];
            int height = articles == 0 ? 0 : (int) Math.max(2, Math.round((double) HEIGHT * articles / max));
            bars.add(new Bar(start, end, articles, counts.get(i)[1], url.apply(start, end), offset + i * SLOT, height));
        }
        return new Timeline(unit, bars, total);
    }

    private static int indexOf(List<LocalDate> starts, LocalDate start) {
        int index = java.util.Collections.binarySearch(starts, start);
        if (index < 0) {
            throw new IllegalStateException("no bar starts on " + start);
        }
        return index;
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    /** The chart's width in SVG units. */
    public int getWidth() {
        return Math.max(MIN_SLOTS, bars.size()) * SLOT;
    }

    /** The chart's height in SVG units, for templates. */
    public int getHeight() {
        return HEIGHT;
    }

    /** A bar's slot width in SVG units, for templates. */
    public int getSlot() {
        return SLOT;
    }

    /**
     * The chart as SVG markup, every outside value escaped (see {@link TimelineSvg}).
     *
     * @param label       the chart's accessible name
     * @param baseUrl     the list a brushed range of bars is added to
     * @param contextRoot the application's root path, {@code @{/}} in a template
     */
    public String svg(String label, String baseUrl, String contextRoot) {
        return TimelineSvg.render(this, label, baseUrl, contextRoot);
    }

    /** The first day shown, in words. */
    public String getFirstLabel() {
        return isEmpty() ? "" : label(bars.get(0).from());
    }

    /** The last day shown, in words. */
    public String getLastLabel() {
        return isEmpty() ? "" : label(bars.get(bars.size() - 1).to());
    }

    private String label(LocalDate day) {
        return unit == TimeUnit.DAY || unit == TimeUnit.WEEK ? DAY.format(day) : MONTH.format(day);
    }
}
