package org.newsbrowser.article;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
 * when articles or curators do.
 * <ul>
 * <li>After a change the next page must show ({@link CorpusChanged#showAtOnce()}: a curator's action, the end of an
 * ingest), a count is counted again on the next request for it.</li>
 * <li>After an article is stored by a running ingest, and after a time to live in any case (so that a change written
 * by another process, such as an {@code ingest} command against the same PostgreSQL database, shows within about that
 * time), the count kept is still served while one background thread counts it again. An ingest commits a batch every
 * few seconds: recounting on a request after each one made every page that shows such a count wait for it, and
 * under load made a dozen requests count the same thing at once.</li>
 * <li>A key counted by a request is counted by one request at a time; the others wait for its result.</li>
 * </ul>
 */
@Component
public class CorpusWideCounts {

    private record Cached(Object value, long generation, long computedAt) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Object>> counting = new ConcurrentHashMap<>();
    private final Set<String> recounting = ConcurrentHashMap.newKeySet();
    /** Counts every committed change. */
    private final AtomicLong generation = new AtomicLong();
    /** The generation of the last change that must show at once: a count older than it is not served. */
    private final AtomicLong mustShowFrom = new AtomicLong();
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
     * The value under this key: counted by {@code count} when there is none or a change since must show at once,
     * else the kept one, counted again in the background when the corpus changed since or it is past its time to
     * live. The value is shared by every request that reads it: {@code count} must give one nobody can modify.
     */
    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> count) {
        Cached cached = cache.get(key);
        if (cached == null || cached.generation() < mustShowFrom.get()) {
            return countOnce(key, count);
        }
        boolean outdated = cached.generation() != generation.get()
                || System.nanoTime() - cached.computedAt() >= timeToLiveNanos;
        if (outdated && recounting.add(key)) {
            recountInBackground(key, count);
        }
        return (T) cached.value();
    }

    private <T> void recountInBackground(String key, Supplier<T> count) {
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

    /** Counts the key, or waits for the request counting it already. */
    @SuppressWarnings("unchecked")
    private <T> T countOnce(String key, Supplier<T> count) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = counting.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return (T) running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            T value = count(key, count);
            mine.complete(value);
            return value;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            counting.remove(key, mine);
        }
    }

    private <T> T count(String key, Supplier<T> count) {
        // Read before counting: a change committed while counting makes this value outdated at once, not later.
        long countedAt = generation.get();
        long startedAt = System.nanoTime();
        T value = count.get();
        cache.merge(key, new Cached(value, countedAt, startedAt),
                (kept, counted) -> counted.generation() >= kept.generation() ? counted : kept);
        return value;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void recount(CorpusChanged change) {
        long changed = generation.incrementAndGet();
        if (change.showAtOnce()) {
            mustShowFrom.accumulateAndGet(changed, Math::max);
        }
    }
}
