package org.newsbrowser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/**
 * A {@code @DataJpaTest} as the query tests need it: Flyway's schema checked against the entities
 * ({@code ddl-auto=validate}), and the search index in memory, since the slice has no data directory of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DataJpaTest(showSql = false, properties = {"spring.jpa.hibernate.ddl-auto=validate",
        "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap"})
public @interface JpaSliceTest {
}
