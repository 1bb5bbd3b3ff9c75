package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.LegacyDocumentTableMigration;

/** The {@code memberships} document table. */
public class V32__memberships extends LegacyDocumentTableMigration {

    public V32__memberships() {
        super("memberships");
    }
}
