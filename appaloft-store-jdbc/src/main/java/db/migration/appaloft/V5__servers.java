package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code servers} document table. */
public class V5__servers extends DocumentTableMigration {

    public V5__servers() {
        super("servers");
    }
}
