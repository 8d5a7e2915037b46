package org.newsbrowser.ingest;

import java.time.Duration;
import java.util.List;

/**
 * What one ingest run did.
 *
 * @param ingested articles stored, new or changed
 * @param skipped  articles already in with the same content
 * @param failed   articles that could not be ingested, each in {@code failures} with its reason
 * @param elapsed  wall time of the run
 */
public record IngestSummary(int ingested, int skipped, int failed, List<Failure> failures, Duration elapsed) {

    /** An article that could not be ingested, and why. */
    public record Failure(String source, String reason) {
    }

    public IngestSummary {
        failures = List.copyOf(failures);
    }

    /** Whether anything could be read: an article ingested, or found already in. */
    public boolean readAnything() {
        return ingested + skipped > 0;
    }
}
