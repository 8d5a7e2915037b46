package org.newsbrowser.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Counts each request into {@link ForegroundRequests} while it is served. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
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
