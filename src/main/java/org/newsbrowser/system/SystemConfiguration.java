package org.newsbrowser.system;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Application-wide beans that belong to no feature. */
@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

    /** The clock that stamps ingest times; a bean so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Thymeleaf's expression cache sized for the app's templates; static, as post-processors are made early. */
    @Bean
    static TemplateExpressionCache templateExpressionCache() {
        return new TemplateExpressionCache();
    }

    /** Counts the requests being served, first of all filters, so an ingest can let them go first. */
    @Bean
    FilterRegistrationBean<ForegroundRequestFilter> foregroundRequestFilter(ForegroundRequests requests) {
        FilterRegistrationBean<ForegroundRequestFilter> registration =
                new FilterRegistrationBean<>(new ForegroundRequestFilter(requests));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Serves and keeps cacheable pages, last of all filters, so a page it sends still gets every other's headers;
     * kept pages are gzipped once where the server would compress them on every request.
     */
    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache,
            @Value("${server.compression.enabled:false}") boolean compression,
            @Value("${server.compression.min-response-size:2KB}") DataSize compressFrom) {
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
                new PageCacheFilter(cache, compression ? compressFrom.toBytes() : -1));
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    /**
     * Keeps Spring Boot's resource URL rewriting off (registered, disabled). Thymeleaf passes every link of a page
     * through the response's {@code encodeURL}, and with the resource chain on (it is, for WebJars without versions)
     * Boot's filter looks each link up as a file on the class path: on a list page of some 300 links that cost
     * 0.3 s of a 0.4 s response (100,000 articles, see docs/BENCHMARKS.md). Nothing needs the rewriting: the
     * pages link their own assets by fixed paths, and the WebJars handler resolves a version-less WebJar path
     * ({@code /webjars/d3/dist/d3.min.js}) when it is requested.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
