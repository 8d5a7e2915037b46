package org.newsbrowser.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ForegroundRequestsTests {

    private final ForegroundRequests requests = new ForegroundRequests();

    @Test
    void withNoRequestBackgroundWorkGoesOnAtOnce() throws Exception {
        assertThat(requests.awaitQuiet(Duration.ofHours(1))).isTrue();
    }

    @Test
    void backgroundWorkWaitsNoLongerThanItsBoundWhileRequestsAreServed() throws Exception {
        requests.begin();

        assertThat(requests.awaitQuiet(Duration.ofMillis(20))).isFalse();
        assertThat(requests.inFlight()).isEqualTo(1);
    }

    @Test
    void backgroundWorkGoesOnWhenTheLastRequestEnds() throws Exception {
        requests.begin();
        requests.begin();
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return requests.awaitQuiet(Duration.ofHours(1));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        requests.end();
        assertThat(waiting).isNotDone();
        requests.end();

        assertThat(waiting.get(10, TimeUnit.SECONDS)).isTrue();
    }
}
