package org.newsbrowser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class whose queries and writes the database must answer the same way on H2 and on PostgreSQL:
 * {@code ./mvnw verify} runs it twice, on H2 with every other test and then on an embedded PostgreSQL in the
 * build's {@code postgres-tests} run (see {@link PostgresTestDatabases}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(DatabaseTest.TAG)
public @interface DatabaseTest {

    /** The JUnit tag the {@code postgres-tests} run selects. */
    String TAG = "database";
}
