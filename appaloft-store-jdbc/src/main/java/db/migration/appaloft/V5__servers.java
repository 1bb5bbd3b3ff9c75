package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.LegacyDocumentTableMigration;

/** The {@code servers} document table. */
public class V5__servers extends LegacyDocumentTableMigration {

    public V5__servers() {
        super("servers");
    }
}
