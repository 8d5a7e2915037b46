package org.newsbrowser.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.ServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.unit.DataSize;

/**
 * Pages rendered by {@link CacheablePage} handlers, kept by URL until the corpus changes. A newsroom's archive is
 * read far more often than it changes, and a page over 100,000 articles takes tens of milliseconds to count and
 * render, where sending the bytes kept takes a fraction of one (docs/BENCHMARKS.md, "Pages kept between requests").
 * <ul>
 * <li>Any {@link PagesChanged} event (an article stored, a curator's action, the search index rebuilt), once
 * committed, empties it: the next request for a page renders it again. A page rendered while such a change was
 * committed is not kept.</li>
 * <li>A page is kept for a time to live at most, so that a change written by another process (an {@code ingest}
 * command against the same PostgreSQL database) shows within about that time.</li>
 * <li>It holds at most {@code newsbrowser.page-cache.size} bytes of pages (0 turns it off), the least used going
 * first, and no page larger than a sixteenth of that.</li>
 * </ul>
 */
@Component
public class PageCache {

    private static final String DO_NOT_KEEP = PageCache.class.getName() + ".doNotKeep";
    private static final int LARGEST_PAGE_SHARE = 16;

    /**
     * A rendered page as it was sent: its body, its content type with the character set, and the body gzipped once
     * when responses are compressed ({@code null} otherwise), so a browser is not sent the same page compressed
     * again on every request.
     */
    record Page(byte[] body, String contentType, byte[] gzipped) {

        /** The page, with its body gzipped if {@code compress}. */
        static Page of(byte[] body, String contentType, boolean compress) {
            return new Page(body, contentType, compress ? gzip(body) : null);
        }

        long size() {
            return body.length + (gzipped == null ? 0 : gzipped.length);
        }

        private static byte[] gzip(byte[] body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    private record Kept(Page page, long generation) {
    }

    private final Cache<String, Kept> pages;
    private final long largestPage;
    /** Counts every committed change to the corpus. */
    private final AtomicLong generation = new AtomicLong();

    @Autowired
    PageCache(@Value("${newsbrowser.page-cache.size:32MB}") DataSize size,
              @Value("${newsbrowser.page-cache.ttl:60s}") Duration timeToLive) {
        this(size, timeToLive, Ticker.systemTicker());
    }

    PageCache(DataSize size, Duration timeToLive, Ticker ticker) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(size.toBytes())
                .weigher((String url, Kept kept) ->
                        (int) Math.min(Integer.MAX_VALUE, url.length() + kept.page().size()))
                .expireAfterWrite(timeToLive)
                .ticker(ticker)
                .build();
        this.largestPage = size.toBytes() / LARGEST_PAGE_SHARE;
    }

    /**
     * Keeps the page being rendered for this request out of the cache, for a page that shows something that changes
     * without the corpus changing, such as an ingest's progress.
     */
    public static void doNotKeep(ServletRequest request) {
        request.setAttribute(DO_NOT_KEEP, Boolean.TRUE);
    }

    static boolean mayKeep(ServletRequest request) {
        return request.getAttribute(DO_NOT_KEEP) == null;
    }

    boolean isOn() {
        return largestPage > 0;
    }

    /** The largest page kept, in bytes. */
    long largestPage() {
        return largestPage;
    }

    /** The current generation of the corpus: pass it to {@link #keep} for a page rendered from now on. */
    long generation() {
        return generation.get();
    }

    /** The page kept for this URL, if it was rendered from the corpus as it is now. */
    Optional<Page> find(String url) {
        Kept kept = pages.getIfPresent(url);
        return kept != null && kept.generation() == generation.get() ? Optional.of(kept.page()) : Optional.empty();
    }

    /** Keeps a page rendered from the given generation of the corpus, unless the corpus has changed since. */
    void keep(String url, long renderedFrom, Page page) {
        if (renderedFrom == generation.get() && page.body().length <= largestPage) {
            pages.put(url, new Kept(page, renderedFrom));
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void pagesChanged(PagesChanged change) {
        generation.incrementAndGet();
        pages.invalidateAll();
    }
}
