package org.newsbrowser.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link CacheablePageInterceptor}, which needs nothing, so MVC test slices get it too. */
@Configuration(proxyBeanMethods = false)
class PageCacheMvcConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new CacheablePageInterceptor());
    }
}
