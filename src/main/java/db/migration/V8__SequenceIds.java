package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Ids of the rows an ingest writes per article (articles, entities, quotes) come from sequences instead of identity
 * columns, so that Hibernate knows an id before the insert and can send the inserts in JDBC batches (an identity key
 * costs a round trip per row). Hibernate takes {@value #ALLOCATION_SIZE} ids from a sequence at a time (the pooled-lo
 * optimizer, {@code hibernate.id.optimizer.pooled.preferred}): a sequence value is the first id of a block.
 *
 * <p>Java rather than SQL because each sequence must start after the ids already in its table, and neither H2 nor
 * PostgreSQL takes a query as a sequence's start the way the other does. The identity is dropped and the column
 * defaults to the sequence, so a row inserted without an id (by hand, by a future migration) still gets a fresh
 * one: it takes a whole block's first id, which no other writer hands out.
 */
public class V8__SequenceIds extends BaseJavaMigration {

    /** The increment of every sequence; the entities' {@code @SequenceGenerator(allocationSize)} must match it. */
    public static final int ALLOCATION_SIZE = 50;

    private static final List<String> TABLES = List.of("article", "named_entity", "quote");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                String sequence = table + "_seq";
                long start = maxId(statement, table) + 1;
                statement.execute("create sequence " + sequence + " start with " + start
                        + " increment by " + ALLOCATION_SIZE);
                statement.execute("alter table " + table + " alter column id drop identity");
                statement.execute("alter table " + table + " alter column id set default nextval('" + sequence + "')");
            }
        }
    }

    private static long maxId(Statement statement, String table) throws SQLException {
        try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
            max.next();
            return max.getLong(1);
        }
    }
}
