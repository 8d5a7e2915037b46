package org.newsbrowser.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a GET from the {@link PageCache} when it holds the URL's page, and keeps what a {@link CacheablePage}
 * handler renders with status 200. A request that asks for a fresh copy ({@code Cache-Control: no-cache}, as a
 * browser's hard reload sends) is rendered again. Responses say {@code X-Cache: hit} or {@code miss}. Registered by
 * {@link SystemConfiguration} after the filters that set headers every response needs.
 */
class PageCacheFilter extends OncePerRequestFilter {

    static final String CACHE_HEADER = "X-Cache";
    private static final String CACHEABLE = PageCacheFilter.class.getName() + ".cacheable";

    private final PageCache cache;
    private final long compressFrom;

    /**
     * @param compressFrom the size from which pages are sent gzipped to clients that accept it, as the server
     *                     compresses the responses it renders ({@code server.compression.min-response-size}); a
     *                     negative value when the server does not compress
     */
    PageCacheFilter(PageCache cache, long compressFrom) {
        this.cache = cache;
        this.compressFrom = compressFrom;
    }

    /** Lets this request's response be recorded and kept; called once its handler is known. */
    static void markCacheable(HttpServletRequest request) {
        request.setAttribute(CACHEABLE, Boolean.TRUE);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !cache.isOn() || !"GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String url = url(request);
        Optional<PageCache.Page> kept = asksForFreshCopy(request) ? Optional.empty() : cache.find(url);
        if (kept.isPresent()) {
            send(kept.get(), request, response);
            return;
        }
        long generation = cache.generation();
        // Nothing is recorded for a page that will not be kept (a download, a page shown during an ingest).
        RecordingResponse recording = new RecordingResponse(response,
                () -> request.getAttribute(CACHEABLE) != null && PageCache.mayKeep(request), cache.largestPage());
        try {
            chain.doFilter(request, recording);
        } finally {
            recording.flushWriter();
        }
        // Asked again: a page may be marked not to be kept after its body was begun.
        if (recording.getStatus() == HttpServletResponse.SC_OK && recording.getContentType() != null
                && PageCache.mayKeep(request) && !request.isAsyncStarted()) {
            recording.recordedBody().ifPresent(body ->
                    cache.keep(url, generation, PageCache.Page.of(body, recording.getContentType(),
                            compressFrom >= 0 && body.length >= compressFrom)));
        }
    }

    /**
     * The page's key: its path and its parameters as the handler sees them, which for a GET are the query's (and in
     * a MockMvc test, those set without one).
     */
    private static String url(HttpServletRequest request) {
        StringBuilder url = new StringBuilder(request.getRequestURI());
        char separator = '?';
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                url.append(separator).append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return url.toString();
    }

    private static boolean asksForFreshCopy(HttpServletRequest request) {
        String cacheControl = request.getHeader(HttpHeaders.CACHE_CONTROL);
        return (cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-cache"))
                || "no-cache".equalsIgnoreCase(request.getHeader(HttpHeaders.PRAGMA));
    }

    private static void send(PageCache.Page page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        byte[] body = page.body();
        if (page.gzipped() != null) {
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            if (acceptsGzip(request)) {
                // The server compresses nothing that names its encoding already.
                response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
                body = page.gzipped();
            }
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        response.setContentLength(body.length);
        response.setHeader(CACHE_HEADER, "hit");
        response.getOutputStream().write(body);
    }

    /** Whether the client named gzip among the encodings it accepts, and not with a quality of 0. */
    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accepted == null) {
            return false;
        }
        for (String coding : accepted.split(",")) {
            String[] parts = coding.split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                return parts.length == 1 || !parts[1].strip().matches("(?i)q=0(\\.0*)?");
            }
        }
        return false;
    }
}
