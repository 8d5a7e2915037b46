package org.newsbrowser.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CorpusWideCountsTests {

    private final AtomicInteger counted = new AtomicInteger();
    private final Supplier<List<Integer>> count = () -> List.of(counted.incrementAndGet());

    @Test
    void aCountIsKeptUntilTheCorpusChanges() {
        CorpusWideCounts counts = new CorpusWideCounts(Duration.ofMinutes(1), Runnable::run);

        assertThat(counts.get("days", count)).containsExactly(1);
        assertThat(counts.get("days", count)).containsExactly(1);
        counts.forget(new CorpusChanged());
        assertThat(counts.get("days", count)).containsExactly(2);
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
            counts.forget(new CorpusChanged());
            return count.get();
        })).containsExactly(1);
        assertThat(counts.get("days", count)).containsExactly(2);
    }
}
