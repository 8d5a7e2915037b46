package org.newsbrowser;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares, per thread: a page served by MockMvc runs on the test's thread, while
 * background work (corpus-wide counts counted again after a change) runs on its own threads and must not be charged
 * to the page. Registered by {@link SeedCorpusTestSupport}.
 */
public class StatementsOnThisThread implements StatementInspector {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public String inspect(String sql) {
        COUNT.get()[0]++;
        return sql;
    }

    /** Starts counting again from zero on this thread. */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** The statements prepared on this thread since the last reset. */
    public static long count() {
        return COUNT.get()[0];
    }
}
