package org.newsbrowser.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses cross-site requests that would change state (cross-site request forgery): a POST, PUT, PATCH or DELETE
 * must carry an {@code Origin} header, or failing that a {@code Referer}, naming this server. Browsers add
 * {@code Origin} to every cross-origin POST and cannot be made to forge it, and the app's {@code Referrer-Policy:
 * same-origin} keeps the {@code Referer} on its own forms; so, without sessions or tokens (the app has no login and
 * keeps no session), a form on another site cannot post here, while the app's own forms, with or without
 * JavaScript, can. A request with neither header (a script, not a browser) is refused too.
 */
@Component
class SameOriginFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod()) || isSameOrigin(request)) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpStatus.FORBIDDEN.value(), "Cross-site request refused: a change must be posted "
                    + "from this site's own pages (the Origin or Referer header must name this server)");
        }
    }

    private static boolean isSameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String claimed = origin != null && !origin.equals("null") ? origin : request.getHeader("Referer");
        if (claimed == null) {
            return false;
        }
        try {
            URI uri = new URI(claimed);
            return uri.getScheme() != null && uri.getHost() != null
                    && request.getScheme().equalsIgnoreCase(uri.getScheme())
                    && request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == port(uri);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) ? 443 : 80;
    }
}
