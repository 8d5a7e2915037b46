package org.newsbrowser.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class PageCacheFilterTests {

    private static final String PAGE = "<p>Zürich, Москва, 東京</p>";
    private static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);
    private static final long COMPRESS_FROM = 10;

    private final AtomicLong nanos = new AtomicLong();
    private final PageCache cache = new PageCache(DataSize.ofMegabytes(1), TIME_TO_LIVE, nanos::get);
    private final PageCacheFilter filter = new PageCacheFilter(cache, COMPRESS_FROM);
    private final AtomicInteger rendered = new AtomicInteger();

    /** A cacheable handler that writes the page as text, as a Thymeleaf view does. */
    private final FilterChain cacheablePage = (request, response) -> {
        rendered.incrementAndGet();
        PageCacheFilter.markCacheable((HttpServletRequest) request);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(PAGE);
    };

    @Test
    void aCacheablePageIsSentAgainAsItWasWithoutRenderingIt() throws Exception {
        MockHttpServletResponse first = get("/people/4?page=2", cacheablePage);
        MockHttpServletResponse second = get("/people/4?page=2", cacheablePage);

        assertThat(rendered).hasValue(1);
        assertThat(first.getHeader("X-Cache")).isEqualTo("miss");
        assertThat(second.getHeader("X-Cache")).isEqualTo("hit");
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(second.getContentType()).isEqualTo(first.getContentType()).startsWith("text/html");
        assertThat(second.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray())
                .isEqualTo(PAGE.getBytes(StandardCharsets.UTF_8));
        assertThat(second.getContentLength()).isEqualTo(PAGE.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void eachUrlWithItsQueryIsAPageOfItsOwn() throws Exception {
        get("/people/4?page=2", cacheablePage);
        get("/people/4?page=3", cacheablePage);
        get("/people/4", cacheablePage);
        get("/people/4?page=2&sort=title", cacheablePage);
        get("/people/4?page=2", cacheablePage);

        assertThat(rendered).hasValue(4);
    }

    @Test
    void aHandlerNotMarkedCacheableIsRenderedEveryTimeAndStreamsUnrecorded() throws Exception {
        FilterChain download = (request, response) -> {
            rendered.incrementAndGet();
            response.setContentType("text/csv");
            response.getOutputStream().write("id,title\n".getBytes(StandardCharsets.UTF_8));
        };
        get("/articles.csv", download);
        MockHttpServletResponse second = get("/articles.csv", download);

        assertThat(rendered).hasValue(2);
        assertThat(second.getHeader("X-Cache")).isNull();
        assertThat(second.getContentAsString()).isEqualTo("id,title\n");
    }

    @Test
    void onlyASuccessfulPageIsKept() throws Exception {
        FilterChain missing = (request, response) -> {
            rendered.incrementAndGet();
            PageCacheFilter.markCacheable((HttpServletRequest) request);
            ((HttpServletResponse) response).setStatus(404);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("No person 99");
        };
        get("/people/99", missing);
        MockHttpServletResponse second = get("/people/99", missing);

        assertThat(rendered).hasValue(2);
        assertThat(second.getStatus()).isEqualTo(404);
    }

    @Test
    void aRequestForAFreshCopyRendersThePageAgain() throws Exception {
        get("/", cacheablePage);
        MockHttpServletRequest hardReload = new MockHttpServletRequest("GET", "/");
        hardReload.addHeader("Cache-Control", "no-cache");
        MockHttpServletResponse fresh = new MockHttpServletResponse();
        filter.doFilter(hardReload, fresh, cacheablePage);
        MockHttpServletRequest oldClient = new MockHttpServletRequest("GET", "/");
        oldClient.addHeader("Pragma", "no-cache");
        filter.doFilter(oldClient, new MockHttpServletResponse(), cacheablePage);

        assertThat(rendered).hasValue(3);
        assertThat(fresh.getHeader("X-Cache")).isEqualTo("miss");
        assertThat(get("/", cacheablePage).getHeader("X-Cache")).isEqualTo("hit");
    }

    @Test
    void aChangeToThePagesLetsGoOfEveryPageKept() throws Exception {
        get("/", cacheablePage);
        cache.pagesChanged(new PagesChanged() { });
        MockHttpServletResponse afterChange = get("/", cacheablePage);

        assertThat(rendered).hasValue(2);
        assertThat(afterChange.getHeader("X-Cache")).isEqualTo("miss");
    }

    @Test
    void aPageRenderedWhileThePagesChangedIsNotKept() throws Exception {
        FilterChain renderedDuringAChange = (request, response) -> {
            cacheablePage.doFilter(request, response);
            cache.pagesChanged(new PagesChanged() { });
        };
        get("/", renderedDuringAChange);
        get("/", cacheablePage);

        assertThat(rendered).hasValue(2);
    }

    @Test
    void aPageIsRenderedAgainOnceItsTimeToLiveIsOver() throws Exception {
        get("/", cacheablePage);
        nanos.addAndGet(TIME_TO_LIVE.toNanos() - 1);
        get("/", cacheablePage);
        nanos.addAndGet(1);
        get("/", cacheablePage);

        assertThat(rendered).hasValue(2);
    }

    @Test
    void aPageLargerThanTheLargestKeptIsSentWholeButNotKept() throws Exception {
        byte[] large = new byte[(int) cache.largestPage() + 1];
        FilterChain largePage = (request, response) -> {
            rendered.incrementAndGet();
            PageCacheFilter.markCacheable((HttpServletRequest) request);
            response.setContentType("application/json");
            response.getOutputStream().write(large, 0, 10);
            response.getOutputStream().write(large, 10, large.length - 10);
        };
        MockHttpServletResponse first = get("/api/network", largePage);
        get("/api/network", largePage);

        assertThat(rendered).hasValue(2);
        assertThat(first.getContentAsByteArray()).hasSize(large.length);
    }

    @Test
    void aPageAskedNotToBeKeptIsRenderedEveryTime() throws Exception {
        FilterChain showsIngestProgress = (request, response) -> {
            PageCache.doNotKeep(request);
            cacheablePage.doFilter(request, response);
        };
        get("/", showsIngestProgress);
        MockHttpServletResponse second = get("/", showsIngestProgress);

        assertThat(rendered).hasValue(2);
        assertThat(second.getHeader("X-Cache")).isNull();
        assertThat(second.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    @Test
    void aPageMarkedNotToBeKeptOnceBegunIsNotKept() throws Exception {
        FilterChain changesItsMind = (request, response) -> {
            cacheablePage.doFilter(request, response);
            PageCache.doNotKeep(request);
        };
        get("/", changesItsMind);
        get("/", changesItsMind);

        assertThat(rendered).hasValue(2);
    }

    @Test
    void aPostIsNeverAnsweredFromTheCache() throws Exception {
        get("/", cacheablePage);
        filter.doFilter(new MockHttpServletRequest("POST", "/"), new MockHttpServletResponse(), cacheablePage);

        assertThat(rendered).hasValue(2);
    }

    @Test
    void aCacheOfNoBytesIsOff() throws Exception {
        PageCacheFilter off = new PageCacheFilter(new PageCache(DataSize.ofBytes(0), TIME_TO_LIVE, nanos::get),
                COMPRESS_FROM);
        off.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(), cacheablePage);
        MockHttpServletResponse second = new MockHttpServletResponse();
        off.doFilter(new MockHttpServletRequest("GET", "/"), second, cacheablePage);

        assertThat(rendered).hasValue(2);
        assertThat(second.getHeader("X-Cache")).isNull();
    }

    @Test
    void aKeptPageIsSentGzippedOnceToAClientThatAcceptsIt() throws Exception {
        get("/", cacheablePage);
        MockHttpServletResponse gzipped = get("/", cacheablePage, "br, gzip;q=0.8, deflate");

        assertThat(gzipped.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzipped.getHeader("Vary")).isEqualTo("Accept-Encoding");
        assertThat(gunzip(gzipped.getContentAsByteArray())).isEqualTo(PAGE.getBytes(StandardCharsets.UTF_8));
        assertThat(gzipped.getContentLength()).isEqualTo(gzipped.getContentAsByteArray().length);
    }

    @Test
    void aClientThatRefusesGzipIsSentThePlainPage() throws Exception {
        get("/", cacheablePage);
        for (String refusal : new String[] {"gzip;q=0", "GZIP; q=0.0, br", "identity", "gzipped"}) {
            MockHttpServletResponse plain = get("/", cacheablePage, refusal);

            assertThat(plain.getHeader("Content-Encoding")).as(refusal).isNull();
            assertThat(plain.getContentAsString(StandardCharsets.UTF_8)).as(refusal).isEqualTo(PAGE);
        }
    }

    @Test
    void noPageIsGzippedWhenTheServerDoesNotCompress() throws Exception {
        PageCacheFilter uncompressed = new PageCacheFilter(cache, -1);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("Accept-Encoding", "gzip");
        uncompressed.doFilter(request, new MockHttpServletResponse(), cacheablePage);
        MockHttpServletResponse second = new MockHttpServletResponse();
        uncompressed.doFilter(request, second, cacheablePage);

        assertThat(second.getHeader("X-Cache")).isEqualTo("hit");
        assertThat(second.getHeader("Content-Encoding")).isNull();
        assertThat(second.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }

    private MockHttpServletResponse get(String url, FilterChain chain) throws Exception {
        return get(url, chain, null);
    }

    private MockHttpServletResponse get(String url, FilterChain chain, String acceptEncoding) throws Exception {
        int query = url.indexOf('?');
        MockHttpServletRequest request = new MockHttpServletRequest("GET", query < 0 ? url : url.substring(0, query));
        if (query >= 0) {
            // As the container does: the query string, and the parameters parsed from it.
            request.setQueryString(url.substring(query + 1));
            for (String parameter : url.substring(query + 1).split("&")) {
                String[] nameAndValue = parameter.split("=", 2);
                request.addParameter(nameAndValue[0], nameAndValue.length > 1 ? nameAndValue[1] : "");
            }
        }
        if (acceptEncoding != null) {
            request.addHeader("Accept-Encoding", acceptEncoding);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }
}
