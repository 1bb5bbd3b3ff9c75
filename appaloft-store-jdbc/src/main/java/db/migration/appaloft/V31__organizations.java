package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.LegacyDocumentTableMigration;

/** The {@code organizations} document table. */
public class V31__organizations extends LegacyDocumentTableMigration {

    public V31__organizations() {
        super("organizations");
    }
}
