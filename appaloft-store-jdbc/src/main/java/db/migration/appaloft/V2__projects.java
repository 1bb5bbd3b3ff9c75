package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.LegacyDocumentTableMigration;

/** The {@code projects} document table. */
public class V2__projects extends LegacyDocumentTableMigration {

    public V2__projects() {
        super("projects");
    }
}
