package org.newsbrowser.system;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The web requests being served right now, so that background work can let readers go first: an ingest waits for
 * a quiet moment before it analyzes each article (up to a bound, so that it always moves on). On a machine of two
 * cores an ingest otherwise takes both while pages wait their turn. Counted by {@link ForegroundRequestFilter}.
 */
@Component
public class ForegroundRequests {

    private int inFlight;

    synchronized void begin() {
        inFlight++;
    }

    synchronized void end() {
        inFlight--;
        if (inFlight == 0) {
            notifyAll();
        }
    }

    /** How many requests are being served. */
    public synchronized int inFlight() {
        return inFlight;
    }

    /**
     * Waits until no request is being served, or {@code atMost} has passed.
     *
     * @return whether it became quiet (false when it waited the whole bound)
     */
    public synchronized boolean awaitQuiet(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (inFlight > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
