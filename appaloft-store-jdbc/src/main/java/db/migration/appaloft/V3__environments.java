package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.LegacyDocumentTableMigration;

/** The {@code environments} document table. */
public class V3__environments extends LegacyDocumentTableMigration {

    public V3__environments() {
        super("environments");
    }
}
