package org.newsbrowser.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.newsbrowser.NewsbrowserApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The bulk-ingest command, {@code java -jar newsbrowser.jar ingest PATH... [--property=value...]}: starts the app
 * without its web server, ingests the folders and dump files given (see {@link ArticleSources} for the formats)
 * into the data folder, shows progress on standard error and prints a summary on standard output, then exits.
 * Exit status 0 when anything could be read, 1 when nothing could (every article failed, or there were none), 2 on
 * a usage error.
 */
public final class IngestCommand {

    /** How often a progress line is printed when standard error is not a terminal. */
    static final Duration LINE_INTERVAL = Duration.ofSeconds(10);
    private static final int EXAMPLES_PER_REASON = 3;

    private IngestCommand() {
    }

    /** Whether the command line asks for this command rather than the web app. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && args[0].equals("ingest");
    }

    /** Runs the command with standard output and error; returns the exit status. */
    public static int run(String[] args) {
        return run(args, System.out, System.err, stderrIsTerminal(), LINE_INTERVAL);
    }

    static int run(String[] args, PrintStream out, PrintStream err, boolean terminal, Duration lineInterval) {
        List<Path> paths = new ArrayList<>();
        List<String> springArgs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                springArgs.add(args[i]);
            } else {
                paths.add(Path.of(args[i]));
            }
        }
        if (paths.isEmpty()) {
            err.println("usage: ingest PATH... [--newsbrowser.data-dir=DIR] [--newsbrowser.ingest.threads=N] ...");
            err.println("PATH: a folder (read recursively), a Reuters-21578 .sgm file, a .csv file or a .jsonl file");
            return 2;
        }
        springArgs.add("--newsbrowser.ingest-on-startup=false");
        SpringApplication app = new SpringApplication(NewsbrowserApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        // The progress bar and the summary say what the log would; warnings per article would break the bar.
        app.setDefaultProperties(Map.of("logging.level.root", "WARN", "logging.level.org.newsbrowser.ingest",
                "ERROR"));
        ConfigurableApplicationContext context;
        try {
            context = app.run(springArgs.toArray(String[]::new));
        } catch (RuntimeException e) {
            err.println("Cannot start: " + rootMessage(e));
            return 1;
        }
        try (context) {
            return ingest(context.getBean(CorpusIngester.class), context.getBean(IngestProgress.class), paths, out,
                    new ProgressBar(err, terminal, lineInterval));
        }
    }

    private static int ingest(CorpusIngester ingester, IngestProgress progress, List<Path> paths, PrintStream out,
                              ProgressBar bar) {
        long started = System.nanoTime();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(() -> bar.update(progress.processed(), progress.total(),
                Duration.ofNanos(System.nanoTime() - started)), 200, 200, TimeUnit.MILLISECONDS);
        IngestSummary summary;
        try {
            summary = ingester.ingest(paths);
        } finally {
            ticker.shutdownNow();
            awaitQuietly(ticker);
        }
        bar.finish(progress.processed(), progress.total(), Duration.ofNanos(System.nanoTime() - started));
        printSummary(summary, out);
        return summary.readAnything() ? 0 : 1;
    }

    static void printSummary(IngestSummary summary, PrintStream out) {
        double seconds = summary.elapsed().toNanos() / 1e9;
        out.printf(Locale.ROOT, "Ingested %,d articles, skipped %,d already in, %,d failed, in %s (%.1f articles/s"
                        + " ingested).%n", summary.ingested(), summary.skipped(), summary.failed(),
                ProgressBar.clock(Math.round(seconds)), seconds > 0 ? summary.ingested() / seconds : 0);
        if (summary.failed() > 0) {
            out.println("Not ingested, by reason:");
            byReason(summary.failures()).forEach((reason, sources) -> out.printf(Locale.ROOT, "%,8d  %s: %s%s%n",
                    sources.size(), reason, String.join(", ", sources.subList(0, Math.min(EXAMPLES_PER_REASON,
                            sources.size()))), sources.size() > EXAMPLES_PER_REASON ? ", ..." : ""));
        }
        if (!summary.readAnything()) {
            out.println("Nothing could be read.");
        }
    }

    /** Failures grouped by reason, a duplicate's original named beside it rather than making a group of its own. */
    private static Map<String, List<String>> byReason(List<IngestSummary.Failure> failures) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (IngestSummary.Failure failure : failures) {
            boolean duplicate = failure.reason().startsWith("duplicate of ");
            String reason = duplicate ? "duplicate of an article already in" : failure.reason();
            String example = duplicate ? failure.source() + " (" + failure.reason() + ")" : failure.source();
            groups.computeIfAbsent(reason, r -> new ArrayList<>()).add(example);
        }
        return groups;
    }

    /** Whether standard error is a terminal (Linux: where file descriptor 2 points); else a file or a pipe. */
    private static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return System.console() != null;
        }
    }

    private static void awaitQuietly(ScheduledExecutorService ticker) {
        try {
            ticker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}
