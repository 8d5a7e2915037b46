package org.newsbrowser.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Tells {@link PageCacheFilter} that a request's handler is a {@link CacheablePage}, before it writes anything. */
class CacheablePageInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && (method.hasMethodAnnotation(CacheablePage.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), CacheablePage.class))) {
            PageCacheFilter.markCacheable(request);
        }
        return true;
    }
}
