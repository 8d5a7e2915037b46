package org.newsbrowser.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Processor time of this JVM's threads over a phase, by kind of thread, read from {@code /proc/self/task} (Linux
 * only). Unlike {@code ThreadMXBean} this sees the JIT compiler and garbage collector threads; sampling every
 * {@value #SAMPLE_MILLIS} ms keeps the time of threads that end within the phase (the analysis pool).
 */
final class ThreadCpu implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 200;
    private static final Path TASKS = Path.of("/proc/self/task");

    /**
     * Kind of a thread by the start of its name as the system sees it ({@code comm}: the JVM's and the app's names,
     * cut to 15 characters; the main thread keeps the launcher's name, {@code java}); the rest is "other".
     */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("analyze-", "analysis (CoreNLP, rules)"),
            Map.entry("java", "writer (the ingest's calling thread)"),
            Map.entry("C2 ", "JIT compiler"), Map.entry("C1 ", "JIT compiler"), Map.entry("GC ", "garbage collector"),
            Map.entry("G1 ", "garbage collector"), Map.entry("Hibernate Sear", "search index"),
            Map.entry("MVStore", "H2 background"), Map.entry("H2-", "H2 background"));

    private final Map<String, Long> start = new HashMap<>();
    private final Map<String, Long> latest = new ConcurrentHashMap<>();
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;

    /** Starts measuring from now. */
    ThreadCpu() {
        sample();
        start.putAll(latest);
        sampler = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "thread-cpu-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Processor seconds since the start by kind of thread, the sampler's own excluded. */
    Map<String, Double> secondsByKind() {
        sample();
        Map<String, Double> seconds = new TreeMap<>();
        latest.forEach((task, ticks) -> {
            String name = names.get(task);
            if (!name.equals("thread-cpu-samp")) {
                seconds.merge(kind(name), (ticks - start.getOrDefault(task, 0L)) / 100.0, Double::sum);
            }
        });
        return seconds;
    }

    private static String kind(String name) {
        return KINDS.entrySet().stream().filter(k -> name.startsWith(k.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("other");
    }

    private void sample() {
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(this::read);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + TASKS + " (Linux only)", e);
        }
    }

    /** User and system time in clock ticks (100 a second on Linux): fields 14 and 15 of the task's stat. */
    private void read(Path task) {
        try {
            String stat = Files.readString(task.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // With its start time, so that an id the system hands to a new thread is a new task here.
            String id = task.getFileName() + "@" + fields[19];
            names.putIfAbsent(id, Files.readString(task.resolve("comm")).strip());
            latest.put(id, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
        } catch (IOException e) {
            // The thread ended between listing and reading: its last sample stands.
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
