/**
 * Flyway migrations written in Java, for the steps plain SQL cannot say the same way on H2 and PostgreSQL. They run
 * in version order with the SQL migrations in {@code src/main/resources/db/migration}.
 */
package db.migration;
