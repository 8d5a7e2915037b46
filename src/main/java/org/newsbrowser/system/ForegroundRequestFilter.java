package org.newsbrowser.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts each request into {@link ForegroundRequests} while it is served. Registered by
 * {@link SystemConfiguration}, not found by scanning, so controller tests (MVC slices) need no counter.
 */
class ForegroundRequestFilter extends OncePerRequestFilter {

    private final ForegroundRequests requests;

    ForegroundRequestFilter(ForegroundRequests requests) {
        this.requests = requests;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        requests.begin();
        try {
            chain.doFilter(request, response);
        } finally {
            requests.end();
        }
    }
}
