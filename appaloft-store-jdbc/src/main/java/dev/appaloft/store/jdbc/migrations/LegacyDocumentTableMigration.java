package dev.appaloft.store.jdbc.migrations;

import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The table shape of V2 to V37, kept as it was so those migrations still build the schema older
 * databases have; {@code V40__declared_indexes} then reshapes every such table to its declared
 * index fields. New collections use {@link DocumentTableMigration}.
 *
 * <p>Creates one aggregate's document table in the shape every collection shared: the JSON body,
 * its version, the indexed reference columns and the keys it holds. The optional reference
 * columns get partial indexes (most aggregates leave most of them empty, and an index that skips
 * NULLs costs nothing to keep); ids sort by code point on both databases (PostgreSQL would
 * otherwise use the database locale), so keyset cursors agree everywhere.
 */
public abstract class LegacyDocumentTableMigration extends BaseJavaMigration {

    private static final List<String> OPTIONAL_REFERENCES = List.of("project_id", "environment_id", "resource_id",
            "server_id");

    private final String table;

    protected LegacyDocumentTableMigration(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("table names are lowercase words: " + table);
        }
        this.table = table;
    }

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = context.getConnection().getMetaData().getDatabaseProductName()
                .toLowerCase(Locale.ROOT).contains("postgres");
        String collation = postgres ? "COLLATE \"C\"" : "COLLATE BINARY";
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("CREATE TABLE " + table + " ("
                    + " id TEXT " + collation + " PRIMARY KEY,"
                    + " version BIGINT NOT NULL,"
                    + " organization_id TEXT, project_id TEXT, environment_id TEXT, resource_id TEXT, server_id TEXT,"
                    + " status TEXT,"
                    + " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,"
                    + " held_keys TEXT NOT NULL, body TEXT NOT NULL)");
            sql.execute("CREATE INDEX " + table + "_by_created ON " + table + " (created_at, id)");
            sql.execute("CREATE INDEX " + table + "_by_organization ON " + table + " (organization_id, created_at, id)");
            sql.execute("CREATE INDEX " + table + "_by_status ON " + table + " (status, created_at, id)");
            for (String column : OPTIONAL_REFERENCES) {
                sql.execute("CREATE INDEX " + table + "_by_" + column.replace("_id", "") + " ON " + table
                        + " (" + column + ", created_at, id) WHERE " + column + " IS NOT NULL");
            }
        }
    }
}
