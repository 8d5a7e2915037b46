package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * The switch from identity columns to sequences on a database that already holds rows, as an upgraded instance
 * has: the migrations up to V7 run in a schema of their own, rows go in, then V8 runs.
 */
@DatabaseTest
@JpaSliceTest
@ContextConfiguration(classes = NewsbrowserApplication.class) // not found from this package
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class V8__SequenceIdsTests {

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

    @Test
    void sequencesContinueAfterTheRowsAlreadyStored() {
        migrate("7");
        jdbc.update("insert into article (id, source, content_hash, title, lead, body, raw_text,"
                + " ingested_at) values (41, 'a.txt', 'h', 'T', 'L', 'B', 'R', current_timestamp)");
        jdbc.update("insert into named_entity (id, type, name, name_key) values (7, 'PERSON', 'A', 'a')");
        jdbc.update("insert into quote (id, article_id, person_id, begin_offset, end_offset, text, cue)"
                + " values (3, 41, 7, 0, 1, 'q', 'said')");

        migrate("8");

        assertThat(nextIds("article_seq")).containsExactly(42L, 92L);
        assertThat(nextIds("named_entity_seq")).containsExactly(8L, 58L);
        assertThat(nextIds("quote_seq")).containsExactly(4L, 54L);
    }

    @Test
    void aRowInsertedWithoutAnIdTakesOneFromTheSequence() {
        migrate("7");
        jdbc.update("insert into named_entity (type, name, name_key) values ('PERSON', 'A', 'a')");
        jdbc.update("insert into named_entity (type, name, name_key) values ('PERSON', 'B', 'b')");

        migrate("8");
        jdbc.update("insert into named_entity (type, name, name_key) values ('PERSON', 'C', 'c')");

        assertThat(jdbc.queryForList("select id from named_entity order by id", Long.class))
                .containsExactly(1L, 2L, 3L);
        assertThat(nextIds("named_entity_seq")).containsExactly(53L, 103L);
    }

    @Test
    void anEmptyDatabaseStartsAtOne() {
        migrate("8");

        assertThat(nextIds("article_seq")).containsExactly(1L, 51L);
    }

    private void migrate(String version) {
        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/migration")
                .target(version).load().migrate();
        try {
            connection.setSchema(SCHEMA);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Long> nextIds(String sequence) {
        String next = "select nextval('" + sequence + "')";
        return List.of(jdbc.queryForObject(next, Long.class), jdbc.queryForObject(next, Long.class));
    }
}
