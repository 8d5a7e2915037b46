package org.newsbrowser.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsbrowser.SeedCorpusTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.expression.spel.standard.SpelExpression;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.cache.ICache;

/**
 * Every page's expressions are parsed and compiled once, whichever pages are served and in whatever order. A cache
 * too small for the templates, and expressions that met objects of different classes (a getter per entity
 * subclass, two templates naming different things alike), made the app parse and compile expressions anew on
 * every request of a mixed load (docs/BENCHMARKS.md).
 */
class TemplateExpressionCacheTests extends SeedCorpusTestSupport {

    /** Enough for the expressions of a list or entity page to be compiled (Spring compiles after 100 uses). */
    private static final int ROUNDS_TO_COMPILE = 25;

    @Autowired
    TemplateEngine templateEngine;

    @Test
    void servingThePagesAgainParsesNoExpressionAnew() {
        List<String> pages = everyKindOfPage();
        pages.forEach(this::render);
        Set<ExpressionCacheKey> parsedOnce = Set.copyOf(expressionCache().keySet());

        pages.forEach(this::render);

        assertThat(expressionCache().keySet()).containsExactlyInAnyOrderElementsOf(parsedOnce);
        assertThat(parsedOnce.size())
                .as("room to spare for templates that grow")
                .isLessThan(TemplateExpressionCache.MAX_EXPRESSIONS / 4);
    }

    @Test
    void compiledExpressionsStayCompiledWhicheverPageComesNext() {
        List<String> pages = everyKindOfPage();
        renderRepeatedly(pages);
        Map<ExpressionCacheKey, Class<?>> compiled = compiledExpressions();

        List<String> otherOrder = new ArrayList<>(pages);
        Collections.reverse(otherOrder);
        renderRepeatedly(otherOrder);

        Map<ExpressionCacheKey, Class<?>> compiledLater = compiledExpressions();
        assertThat(compiled).as("expressions compiled").hasSizeGreaterThan(50);
        assertThat(compiled.keySet().stream().filter(key -> compiledLater.get(key) != compiled.get(key)))
                .as("expressions compiled again").isEmpty();
    }

    private List<String> everyKindOfPage() {
        long putin = personId("Vladimir Putin");
        return List.of("/", "/?sort=title&size=2&page=1", "/?q=iran&country=IR", "/?from=2022-01-01&to=2022-12-31",
                "/articles/1", "/articles/2", "/articles/3", "/people/" + putin, "/countries/IR", "/people",
                "/organizations", "/countries", "/topics", "/ingest", "/network", "/network?country=IR",
                "/relations?a=person:" + putin + "&b=country:IR", "/curation", "/curation/log");
    }

    private void renderRepeatedly(List<String> pages) {
        for (int round = 0; round < ROUNDS_TO_COMPILE; round++) {
            pages.forEach(this::render);
        }
    }

    private void render(String uri) {
        try {
            mvc.perform(get(uri)).andExpect(status().isOk());
        } catch (Exception e) {
            throw new AssertionError(uri, e);
        }
    }

    private ICache<ExpressionCacheKey, Object> expressionCache() {
        return templateEngine.getCacheManager().getExpressionCache();
    }

    /** The class Spring generated for each compiled expression; neither library offers this but by reflection. */
    private Map<ExpressionCacheKey, Class<?>> compiledExpressions() {
        Map<ExpressionCacheKey, Class<?>> compiled = new HashMap<>();
        for (ExpressionCacheKey key : expressionCache().keySet()) {
            Object cached = expressionCache().get(key);
            if (cached != null && cached.getClass().getSimpleName().equals("ComputedSpelExpression")) {
                Object compiledAst = field(field(cached, "expression"), "compiledAst");
                if (compiledAst != null) {
                    compiled.put(key, compiledAst.getClass());
                }
            }
        }
        return compiled;
    }

    private static Object field(Object owner, String name) {
        Class<?> type = owner instanceof SpelExpression ? SpelExpression.class : owner.getClass();
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(owner);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Thymeleaf or Spring changed how they keep compiled expressions", e);
        }
    }
}
