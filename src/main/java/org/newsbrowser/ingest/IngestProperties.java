package org.newsbrowser.ingest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How an ingest uses the machine, under {@code newsbrowser.ingest.*}.
 *
 * @param threads   articles read and analyzed at once; 0 (the default) means one per available processor
 * @param batchSize articles stored per database transaction; a batch that fails is stored again one article per
 *                  transaction, so one bad article loses nothing else
 * @param yieldToRequests how long an analysis thread waits, before each article, for the web requests being
 *                  served to finish, so readers go first while the app ingests; 0 to never wait
 */
@ConfigurationProperties("newsbrowser.ingest")
public record IngestProperties(@DefaultValue("0") int threads, @DefaultValue("50") int batchSize,
                               @DefaultValue("500ms") Duration yieldToRequests) {

    public IngestProperties {
        if (threads < 0) {
            throw new IllegalArgumentException("newsbrowser.ingest.threads must be 0 (one per processor) or more: "
                    + threads);
        }
        if (yieldToRequests.isNegative()) {
            throw new IllegalArgumentException("newsbrowser.ingest.yield-to-requests must not be negative: "
                    + yieldToRequests);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("newsbrowser.ingest.batch-size must be at least 1: " + batchSize);
        }
    }

    /** The number of analysis threads: {@link #threads()}, or one per available processor when it is 0. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
