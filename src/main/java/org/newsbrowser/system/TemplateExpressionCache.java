package org.newsbrowser.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;

/**
 * Gives Thymeleaf's cache of parsed expressions room for every expression of the app's templates.
 * <p>
 * Thymeleaf keeps 500 parsed expressions by default, and the templates hold more than that once each attribute's
 * parts are counted. In a mix of pages the cache evicted expressions, and each one parsed again was a new Spring
 * expression that the expression compiler (on, see application.properties) turned into a new class once more. It
 * was one of three reasons the app kept compiling expressions under load; the others were expressions meeting
 * objects of different classes (docs/BENCHMARKS.md, "Template expressions compiled again and again"). Spring Boot
 * has no setting for the cache's size, so it is set here, before the engine first renders.
 */
class TemplateExpressionCache implements BeanPostProcessor {

    /**
     * Entries to keep: several times what the templates parse (TemplateExpressionCacheTests shows the margin), few
     * enough that the memory stays small, as each entry is one parsed expression.
     */
    static final int MAX_EXPRESSIONS = 10_000;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof TemplateEngine engine && !engine.isInitialized()) {
            StandardCacheManager cacheManager = new StandardCacheManager();
            cacheManager.setExpressionCacheMaxSize(MAX_EXPRESSIONS);
            engine.setCacheManager(cacheManager);
        }
        return bean;
    }
}
