package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.LegacyDocumentTableMigration;

/** The {@code resources} document table. */
public class V4__resources extends LegacyDocumentTableMigration {

    public V4__resources() {
        super("resources");
    }
}
