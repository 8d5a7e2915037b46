package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.newsbrowser.DatabaseTest;
import org.newsbrowser.JpaSliceTest;
import org.newsbrowser.NewsbrowserApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A migration run on a database that already holds rows, as an upgraded instance has: the migrations before it run
 * in a schema of their own ({@link #migrate}), the test writes rows, then the migration under test runs.
 */
@DatabaseTest
@JpaSliceTest
@ContextConfiguration(classes = NewsbrowserApplication.class) // not found from this package
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class UpgradedSchemaTestSupport {

    private static final String SCHEMA = "upgraded";

    @Autowired
    DataSource dataSource;

    /** One connection, its current schema the one migrated here, so that statements need not name it. */
    Connection connection;
    JdbcTemplate jdbc;

    @BeforeEach
    void connect() throws SQLException {
        connection = dataSource.getConnection();
        jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
    }

    @AfterEach
    void dropSchema() throws SQLException {
        jdbc.execute("drop schema \"" + SCHEMA + "\" cascade");
        connection.close();
    }

    /** Runs the migrations up to and including {@code version} in the test's schema. */
    void migrate(String version) {
        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/migration")
                .target(version).load().migrate();
        try {
            connection.setSchema(SCHEMA);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
