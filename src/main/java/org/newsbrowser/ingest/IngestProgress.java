package org.newsbrowser.ingest;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** How far the running (or last) ingest has got; written by the ingest thread, read by any request. */
@Component
public class IngestProgress {

    /** Whether an ingest is under way. */
    public enum State { RUNNING, DONE }

    private volatile State state = State.RUNNING;
    private volatile int total;
    private final AtomicInteger ingested = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    void start(int fileCount) {
        ingested.set(0);
        skipped.set(0);
        failed.set(0);
        total = fileCount;
        state = State.RUNNING;
    }

    void ingested() {
        ingested.incrementAndGet();
    }

    void skipped() {
        skipped.incrementAndGet();
    }

    void failed() {
        failed.incrementAndGet();
    }

    void finish() {
        state = State.DONE;
    }

    public State state() {
        return state;
    }

    public int total() {
        return total;
    }

    public int ingestedCount() {
        return ingested.get();
    }

    public int skippedCount() {
        return skipped.get();
    }

    public int failedCount() {
        return failed.get();
    }

    public int processed() {
        return ingested.get() + skipped.get() + failed.get();
    }

    /** Share of files processed, 0 to 100; a finished run with no files is complete. */
    public int percent() {
        return total == 0 ? (state == State.DONE ? 100 : 0) : processed() * 100 / total;
    }
}
