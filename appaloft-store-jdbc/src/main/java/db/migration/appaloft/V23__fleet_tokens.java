package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.LegacyDocumentTableMigration;

/** The {@code fleet_tokens} document table (the Alien fleet model). */
public class V23__fleet_tokens extends LegacyDocumentTableMigration {

    public V23__fleet_tokens() {
        super("fleet_tokens");
    }
}
