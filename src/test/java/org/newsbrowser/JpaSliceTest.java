package org.newsbrowser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.newsbrowser.article.CorpusWideCounts;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

/**
 * A {@code @DataJpaTest} as the query tests need it: Flyway's schema checked against the entities
 * ({@code ddl-auto=validate}), the search index in memory, since the slice has no data directory of its own, and
 * the cache of corpus-wide counts the article repository uses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DataJpaTest(showSql = false, properties = {"spring.jpa.hibernate.ddl-auto=validate",
        "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap"})
@Import(CorpusWideCounts.class)
public @interface JpaSliceTest {
}
