package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The switch from identity columns to sequences on a database that already holds rows, as an upgraded instance
 * has: the migrations up to V7 run in a schema of their own, rows go in, then V8 runs.
 */
class V8__SequenceIdsTests extends UpgradedSchemaTestSupport {

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

    private List<Long> nextIds(String sequence) {
        String next = "select nextval('" + sequence + "')";
        return List.of(jdbc.queryForObject(next, Long.class), jdbc.queryForObject(next, Long.class));
    }
}
