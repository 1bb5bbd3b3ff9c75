package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.LegacyDocumentTableMigration;

/** The {@code fleet_releases} document table (the Alien fleet model). */
public class V22__fleet_releases extends LegacyDocumentTableMigration {

    public V22__fleet_releases() {
        super("fleet_releases");
    }
}
