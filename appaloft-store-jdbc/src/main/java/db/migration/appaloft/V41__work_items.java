package db.migration.appaloft;

import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The work queue: {@code work_items}, one row per item, and {@code work_item_refs}, one row per
 * reference, so "the work of resource res_1" is an index lookup instead of a scan of JSON text
 * ({@code refs} keeps the map for reading). Times are epoch milliseconds. Ids sort by code point on
 * both databases, as in the document tables, so keyset cursors agree everywhere.
 */
public class V41__work_items extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = context.getConnection().getMetaData().getDatabaseProductName()
                .toLowerCase(Locale.ROOT).contains("postgres");
        String collation = postgres ? "COLLATE \"C\"" : "COLLATE BINARY";
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("CREATE TABLE work_items ("
                    + " id TEXT " + collation + " PRIMARY KEY,"
                    + " kind TEXT NOT NULL,"
                    + " status TEXT NOT NULL,"
                    + " payload TEXT NOT NULL,"
                    + " idempotency_key TEXT UNIQUE,"
                    + " organization_id TEXT,"
                    + " refs TEXT NOT NULL,"
                    + " attempts INTEGER NOT NULL,"
                    + " max_attempts INTEGER NOT NULL,"
                    + " next_attempt_at BIGINT NOT NULL,"
                    + " lease_owner TEXT,"
                    + " lease_expires_at BIGINT,"
                    + " last_error_phase TEXT, last_error_code TEXT, last_error_message TEXT,"
                    + " note TEXT,"
                    + " retry_of_id TEXT,"
                    + " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,"
                    + " started_at BIGINT, finished_at BIGINT)");
            // claim: due pending items in order, and expired leases
            sql.execute("CREATE INDEX work_items_pending ON work_items (status, next_attempt_at, id)");
            sql.execute("CREATE INDEX work_items_leased ON work_items (status, lease_expires_at)");
            // listing newest first, overall and per organization
            sql.execute("CREATE INDEX work_items_by_created ON work_items (created_at, id)");
            sql.execute("CREATE INDEX work_items_by_organization ON work_items (organization_id, created_at, id)"
                    + " WHERE organization_id IS NOT NULL");
            // prune: finished items by age
            sql.execute("CREATE INDEX work_items_by_finished ON work_items (finished_at)"
                    + " WHERE finished_at IS NOT NULL");
            sql.execute("CREATE TABLE work_item_refs ("
                    + " item_id TEXT " + collation + " NOT NULL REFERENCES work_items (id) ON DELETE CASCADE,"
                    + " ref_key TEXT NOT NULL,"
                    + " ref_value TEXT NOT NULL,"
                    + " PRIMARY KEY (item_id, ref_key))");
            sql.execute("CREATE INDEX work_item_refs_by_value ON work_item_refs (ref_key, ref_value, item_id)");
            if (postgres) {
                // every claim and finish leaves a dead row version; vacuum and analyze a queue long before
                // the default 20% of the table has churned, so claim scans stay short and plans current
                sql.execute("ALTER TABLE work_items SET (autovacuum_vacuum_scale_factor = 0.01,"
                        + " autovacuum_analyze_scale_factor = 0.01, autovacuum_vacuum_threshold = 1000,"
                        + " autovacuum_analyze_threshold = 1000)");
            }
        }
    }
}
