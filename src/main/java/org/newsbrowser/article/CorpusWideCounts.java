package org.newsbrowser.article;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts over the whole corpus (the unfiltered list's facets and timeline, the whole network's nodes), kept between
 * requests: they group every appearance or article, which grows with the corpus, while what they count changes only
 * when articles or curators do. A count is forgotten once a {@link CorpusChanged} is committed in this process, and
 * counted again after a time to live in any case, so that a change written by another process (an {@code ingest}
 * command against the same PostgreSQL database) shows within about that time. A count past its time to live is
 * still served while one background thread counts it again, so no request waits for a recount nobody asked for.
 */
@Component
public class CorpusWideCounts {

    private record Cached(Object value, long generation, long computedAt) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Set<String> recounting = ConcurrentHashMap.newKeySet();
    private final AtomicLong generation = new AtomicLong();
    private final long timeToLiveNanos;
    private final Executor recounter;

    @Autowired
    CorpusWideCounts(@Value("${newsbrowser.corpus-counts-ttl:60s}") Duration timeToLive) {
        this(timeToLive, Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "corpus-counts");
            thread.setDaemon(true);
            return thread;
        }));
    }

    CorpusWideCounts(Duration timeToLive, Executor recounter) {
        this.timeToLiveNanos = timeToLive.toNanos();
        this.recounter = recounter;
    }

    /**
     * The value under this key: counted by {@code count} when there is none or the corpus changed since, else the
     * kept one, recounted in the background once past its time to live.
     */
    @SuppressWarnings("unchecked")
    <T> List<T> get(String key, Supplier<List<T>> count) {
        Cached cached = cache.get(key);
        if (cached == null || cached.generation() != generation.get()) {
            return count(key, count);
        }
        if (System.nanoTime() - cached.computedAt() >= timeToLiveNanos && recounting.add(key)) {
            try {
                recounter.execute(() -> {
                    try {
                        count(key, count);
                    } finally {
                        recounting.remove(key);
                    }
                });
            } catch (RuntimeException e) {
                recounting.remove(key);
                throw e;
            }
        }
        return (List<T>) cached.value();
    }

    private <T> List<T> count(String key, Supplier<List<T>> count) {
        // Read before counting: a change committed while counting makes this value stale at once, not later.
        long countedAt = generation.get();
        long startedAt = System.nanoTime();
        List<T> value = List.copyOf(count.get());
        cache.put(key, new Cached(value, countedAt, startedAt));
        return value;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forget(CorpusChanged change) {
        generation.incrementAndGet();
        cache.clear();
    }
}
