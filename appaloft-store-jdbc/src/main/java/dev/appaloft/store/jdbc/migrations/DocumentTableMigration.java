package dev.appaloft.store.jdbc.migrations;

import dev.appaloft.api.store.IndexField;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates one collection's document table: the JSON body, its version, the keys it holds and one
 * column and index per declared index field. The fields are spelled out in the migration (not read
 * from {@code StoreCollections}) so an applied migration never changes; {@code DeclaredSchemaTest}
 * checks that the schema and the declarations agree. Ids sort by code point on both databases
 * (PostgreSQL would otherwise use the database locale), so keyset cursors agree everywhere.
 *
 * <p>A new collection is one subclass in {@code db.migration.appaloft} naming its table and fields.
 */
public abstract class DocumentTableMigration extends BaseJavaMigration {

    private final String table;
    private final List<IndexField> fields;

    protected DocumentTableMigration(String table, IndexField... fields) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("table names are lowercase words: " + table);
        }
        this.table = table;
        this.fields = List.of(fields);
    }

    @Override
    public void migrate(Context context) throws Exception {
        DocumentTables.create(context, table, fields.toArray(IndexField[]::new));
    }

    /** Creates one document table: for a migration that creates several (a subclass creates one). */
    public static void create(Context context, String table, List<IndexField> fields) throws Exception {
        DocumentTables.create(context, table, fields.toArray(IndexField[]::new));
    }

    static boolean isPostgres(Context context) throws java.sql.SQLException {
        return context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                .contains("postgres");
    }
}
