package org.newsbrowser.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * A progress line for the {@code ingest} command: count of total, articles per second and time left. On a
 * terminal the line is redrawn in place ({@code \r}) with a bar; otherwise (a log file, a pipe) a plain line is
 * printed every few seconds, so the output stays readable.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final Duration lineInterval;
    private long lastLine = Long.MIN_VALUE;
    private int lastProcessed = -1;
    private int lastLength;

    /**
     * @param terminal     whether {@code out} is a terminal (redraw in place) or not (a line every interval)
     * @param lineInterval how often a line is printed when not on a terminal
     */
    ProgressBar(PrintStream out, boolean terminal, Duration lineInterval) {
        this.out = out;
        this.terminal = terminal;
        this.lineInterval = lineInterval;
    }

    /** Shows the progress; call it often, it prints only as often as it should. */
    void update(int processed, int total, Duration elapsed) {
        long now = elapsed.toNanos();
        if (!terminal && lastLine != Long.MIN_VALUE && now - lastLine < lineInterval.toNanos()) {
            return;
        }
        lastLine = now;
        lastProcessed = processed;
        String line = describe(processed, total, elapsed);
        if (terminal) {
            String bar = "[" + "#".repeat(filled(processed, total)) + ".".repeat(WIDTH - filled(processed, total))
                    + "] ";
            String padding = " ".repeat(Math.max(0, lastLength - bar.length() - line.length()));
            out.print("\r" + bar + line + padding);
            lastLength = bar.length() + line.length();
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Ends the progress display, leaving the final state on its own line. */
    void finish(int processed, int total, Duration elapsed) {
        if (terminal || processed != lastProcessed) {
            lastLine = Long.MIN_VALUE;
            update(processed, total, elapsed);
        }
        if (terminal) {
            out.println();
        }
    }

    /** "1,234/21,578 (5.7%)  23.4 articles/s  ETA 14:32". */
    static String describe(int processed, int total, Duration elapsed) {
        double seconds = elapsed.toNanos() / 1e9;
        double rate = seconds > 0 ? processed / seconds : 0;
        String eta = rate > 0 && total >= processed ? clock(Math.round((total - processed) / rate)) : "--:--";
        return String.format(Locale.ROOT, "%,d/%,d (%.1f%%)  %.1f articles/s  ETA %s", processed, total,
                total == 0 ? 100.0 : processed * 100.0 / total, rate, eta);
    }

    private static int filled(int processed, int total) {
        return total == 0 ? WIDTH : (int) Math.min(WIDTH, (long) processed * WIDTH / total);
    }

    /** Seconds as m:ss, or h:mm:ss from an hour on. */
    static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
