package org.newsbrowser.article;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts over the whole corpus (the unfiltered list's facets and timeline, the whole network's nodes), kept between
 * requests: they group every appearance or article, which grows with the corpus, while what they count changes only
 * when articles or curators do. A count is forgotten once a {@link CorpusChanged} is committed in this process, and
 * after a time to live in any case, so that a change written by another process (an {@code ingest} command against
 * the same PostgreSQL database) shows within that time.
 */
@Component
public class CorpusWideCounts {

    private record Cached(Object value, long generation, long computedAt) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long timeToLiveNanos;

    CorpusWideCounts(@Value("${newsbrowser.corpus-counts-ttl:60s}") Duration timeToLive) {
        this.timeToLiveNanos = timeToLive.toNanos();
    }

    /** The cached value under this key, or a fresh one from {@code count}, kept for later requests. */
    @SuppressWarnings("unchecked")
    <T> List<T> get(String key, Supplier<List<T>> count) {
        long now = System.nanoTime();
        Cached cached = cache.get(key);
        if (cached != null && cached.generation() == generation.get() && now - cached.computedAt() < timeToLiveNanos) {
            return (List<T>) cached.value();
        }
        // Read before counting: a change committed while counting makes this value stale at once, not later.
        long countedAt = generation.get();
        List<T> value = List.copyOf(count.get());
        cache.put(key, new Cached(value, countedAt, now));
        return value;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forget(CorpusChanged change) {
        generation.incrementAndGet();
        cache.clear();
    }
}
