package org.newsbrowser.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CorpusWideCountsTests {

    private final AtomicInteger counted = new AtomicInteger();
    private final Supplier<List<Integer>> count = () -> List.of(counted.incrementAndGet());

    @Test
    void aCountIsKeptUntilAChangeThatMustShowAtOnce() {
        CorpusWideCounts counts = new CorpusWideCounts(Duration.ofMinutes(1), Runnable::run);

        assertThat(counts.get("days", count)).containsExactly(1);
        assertThat(counts.get("days", count)).containsExactly(1);
        counts.recount(CorpusChanged.atOnce());
        assertThat(counts.get("days", count)).containsExactly(2);
    }

    @Test
    void whileAnIngestStoresArticlesTheKeptCountIsServedAndCountedAgainInTheBackground() {
        List<Runnable> background = new ArrayList<>();
        CorpusWideCounts counts = new CorpusWideCounts(Duration.ofMinutes(1), background::add);
        assertThat(counts.get("days", count)).containsExactly(1);

        counts.recount(CorpusChanged.whileIngesting());
        counts.recount(CorpusChanged.whileIngesting());

        assertThat(counts.get("days", count)).containsExactly(1);
        assertThat(counts.get("days", count)).containsExactly(1);
        assertThat(background).as("one recount at a time").hasSize(1);
        background.remove(0).run();
        assertThat(counts.get("days", count)).containsExactly(2);
        assertThat(background).isEmpty();
    }

    @Test
    void requestsAskingForTheSameUncountedKeyWaitForOneCount() throws Exception {
        CorpusWideCounts counts = new CorpusWideCounts(Duration.ofMinutes(1), Runnable::run);
        CountDownLatch counting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<List<Integer>> slowCount = () -> {
            counting.countDown();
            await(release);
            return count.get();
        };
        ExecutorService requests = Executors.newFixedThreadPool(2);
        try {
            Future<List<Integer>> first = requests.submit(() -> counts.get("days", slowCount));
            counting.await();
            Future<List<Integer>> second = requests.submit(() -> counts.get("days", slowCount));
            Thread.sleep(100); // the second request is now waiting for the first one's count
            release.countDown();

            assertThat(first.get(5, TimeUnit.SECONDS)).containsExactly(1);
            assertThat(second.get(5, TimeUnit.SECONDS)).containsExactly(1);
            assertThat(counted).hasValue(1);
        } finally {
            requests.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eachKeyIsCountedOnItsOwn() {
        CorpusWideCounts counts = new CorpusWideCounts(Duration.ofMinutes(1), Runnable::run);

        assertThat(counts.get("entities [PERSON] 10", count)).containsExactly(1);
        assertThat(counts.get("entities [COUNTRY] 10", count)).containsExactly(2);
        assertThat(counts.get("entities [PERSON] 10", count)).containsExactly(1);
    }

    @Test
    void aCountOutlivingItsTimeToLiveIsServedWhileItIsCountedAgainInTheBackground() {
        List<Runnable> background = new ArrayList<>();
        CorpusWideCounts counts = new CorpusWideCounts(Duration.ZERO, background::add);

        assertThat(counts.get("days", count)).containsExactly(1);
        assertThat(counts.get("days", count)).containsExactly(1);
        assertThat(counts.get("days", count)).containsExactly(1);
        assertThat(background).as("one recount at a time").hasSize(1);
        background.remove(0).run();
        assertThat(counts.get("days", count)).containsExactly(2);
    }

    @Test
    void aChangeCommittedWhileCountingIsNotHiddenByTheCountInProgress() {
        CorpusWideCounts counts = new CorpusWideCounts(Duration.ofMinutes(1), Runnable::run);

        assertThat(counts.get("days", () -> {
            counts.recount(CorpusChanged.atOnce());
            return count.get();
        })).containsExactly(1);
        assertThat(counts.get("days", count)).containsExactly(2);
    }
}
