package db.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrowser.entity.Aboutness;

/**
 * The aboutness score stored for the appearances an upgraded instance already holds: V10 computes it in SQL, and it
 * must match what the app computes for the appearances it writes afterwards, or an entity's older and newer
 * articles would be ranked on different scales.
 */
class V10__AppearanceAboutnessTests extends UpgradedSchemaTestSupport {

    /** Article id, in headline, in lead, mentions, text length. */
    private static final List<Object[]> APPEARANCES = List.of(
            new Object[] {1L, true, true, 12, 900},    // rate capped at 3
            new Object[] {2L, true, false, 1, 4000},   // headline and a low rate
            new Object[] {3L, false, true, 2, 3000},   // lead and a rate that is no whole number
            new Object[] {4L, false, false, 7, 2333},  // rate alone, just over 3: capped, above the lead's 2.67
            new Object[] {5L, false, false, 5, 2333},  // rate alone, under 3
            new Object[] {6L, false, false, 1, 0});    // no text length recorded

    @Test
    void storedScoresAreThoseTheAppComputes() {
        migrate("9");
        jdbc.update("insert into named_entity (id, type, name, name_key) values (7, 'PERSON', 'A', 'a')");
        for (Object[] appearance : APPEARANCES) {
            jdbc.update("insert into article (id, source, content_hash, title, lead, ingested_at)"
                    + " values (?, ?, 'h', 'T', 'L', current_timestamp)", appearance[0], appearance[0] + ".txt");
            jdbc.update("insert into appearance (article_id, entity_id, mention_count, first_offset, prominent,"
                    + " in_headline, in_lead, text_length) values (?, 7, ?, 0, false, ?, ?, ?)",
                    appearance[0], appearance[3], appearance[1], appearance[2], appearance[4]);
        }

        migrate("10");

        for (Object[] appearance : APPEARANCES) {
            double stored = jdbc.queryForObject("select aboutness from appearance where article_id = ?",
                    Double.class, appearance[0]);
            double computed = Aboutness.score((boolean) appearance[1], (boolean) appearance[2], (int) appearance[3],
                    (int) appearance[4]);
            assertThat(stored).as("article %s", appearance[0]).isCloseTo(computed, within(1e-9));
        }
        assertThat(jdbc.queryForList("select article_id from appearance where entity_id = 7"
                + " order by aboutness desc, mention_count desc, first_offset, article_id", Long.class))
                .containsExactly(1L, 2L, 4L, 3L, 5L, 6L);
    }
}
