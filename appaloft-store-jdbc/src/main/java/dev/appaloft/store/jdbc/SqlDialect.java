package dev.appaloft.store.jdbc;

import java.util.Map;

/**
 * Every SQL difference between the backends. The statements themselves are shared: both speak
 * {@code INSERT ... ON CONFLICT ... RETURNING}, row values and {@code LIMIT}; the migration spells a
 * code-point collation differently, and SQLite's single writer lets a stream append be one statement. Connection setup lives in {@link ConnectionPools}.
 */
enum SqlDialect {

    SQLITE("sqlite", "COLLATE BINARY", true),
    POSTGRESQL("postgresql", "COLLATE \"C\"", false);

    private final String kind;
    private final String idCollation;
    private final boolean singleWriter;

    SqlDialect(String kind, String idCollation, boolean singleWriter) {
        this.kind = kind;
        this.idCollation = idCollation;
        this.singleWriter = singleWriter;
    }

    /**
     * Whether the database runs one write transaction at a time (SQLite): then a stream append
     * takes its sequence number in the inserting statement, kept current by a trigger.
     */
    boolean singleWriter() {
        return singleWriter;
    }

    /**
     * Makes the transaction just begun on {@code handle} one read-only snapshot. PostgreSQL needs it
     * said (its default, read committed, takes a new snapshot per statement); an SQLite read
     * transaction in WAL mode already reads one snapshot, and its reader connections are query-only.
     */
    void beginSnapshot(org.jdbi.v3.core.Handle handle) {
        if (this == POSTGRESQL) {
            handle.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        }
    }

    /** The shared migrations, then this dialect's own. */
    String[] migrationLocations() {
        return new String[] {"classpath:db/migration/appaloft", "classpath:db/migration/appaloft-" + kind};
    }

    String kind() {
        return kind;
    }

    /** Values for the {@code ${...}} placeholders of the migration scripts. */
    Map<String, String> migrationPlaceholders() {
        return Map.of("id_collation", idCollation);
    }

    /**
     * The clause that locks selected rows until commit; {@code skipLocked} passes over rows another
     * transaction holds. Empty on SQLite, whose write transaction already excludes every other writer.
     */
    String rowLock(boolean skipLocked) {
        if (singleWriter) {
            return "";
        }
        return skipLocked ? " FOR UPDATE SKIP LOCKED" : " FOR UPDATE";
    }

    /**
     * A statement that makes the rest of the transaction's queries read in index order instead of
     * sorting, or null. PostgreSQL needs it for the claim: on a table filled faster than autovacuum
     * analyzes it, the planner guesses a handful of due rows and sorts the whole backlog per claim.
     */
    String preferIndexOrderForTransaction() {
        return singleWriter ? null : "SET LOCAL enable_sort = off";
    }
}
