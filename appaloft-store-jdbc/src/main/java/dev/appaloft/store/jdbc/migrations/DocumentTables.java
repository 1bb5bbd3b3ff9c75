package dev.appaloft.store.jdbc.migrations;

import dev.appaloft.api.store.IndexField;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.Context;

/**
 * The one shape of a document table ({@link DocumentTableMigration}), also for a migration that
 * creates several (Flyway takes any migration-typed class in {@code db.migration}, even a nested
 * one, for a migration of its own, so those call this instead).
 */
public final class DocumentTables {

    private DocumentTables() {
    }

    public static void create(Context context, String table, IndexField... declared) throws Exception {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("table names are lowercase words: " + table);
        }
        List<IndexField> fields = List.of(declared);
        String collation = DocumentTableMigration.isPostgres(context) ? "COLLATE \"C\"" : "COLLATE BINARY";
        StringBuilder columns = new StringBuilder();
        for (IndexField field : fields) {
            columns.append(' ').append(field.name()).append(' ').append(DeclaredIndexes.columnType(field)).append(',');
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("CREATE TABLE " + table + " ("
                    + " id TEXT " + collation + " PRIMARY KEY,"
                    + " version BIGINT NOT NULL," + columns
                    + " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,"
                    + " held_keys TEXT NOT NULL, body TEXT NOT NULL)");
            sql.execute("CREATE INDEX " + table + "_by_created ON " + table + " (created_at, id)");
            DeclaredIndexes.createIndexes(sql, table, fields);
        }
    }
}
