package dev.appaloft.store.jdbc.migrations;

import dev.appaloft.api.store.IndexField;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives an existing document table one more declared index field: its column, filled from a path
 * into every stored body (TEXT_SET values also go to {@code index_values}), and its index.
 */
public abstract class AddIndexFieldMigration extends BaseJavaMigration {

    private final String table;
    private final IndexField field;
    private final String bodyPath;

    protected AddIndexFieldMigration(String table, IndexField field, String bodyPath) {
        this.table = table;
        this.field = field;
        this.bodyPath = bodyPath;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            sql.execute("ALTER TABLE " + table + " ADD COLUMN " + field.name() + " " + DeclaredIndexes.columnType(field));
            TableReshapeMigration.backfill(connection, table, field, bodyPath);
            DeclaredIndexes.createIndexes(sql, table, List.of(field));
        }
    }
}
