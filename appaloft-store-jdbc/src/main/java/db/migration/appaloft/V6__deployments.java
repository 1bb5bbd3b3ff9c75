package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.LegacyDocumentTableMigration;

/** The {@code deployments} document table. */
public class V6__deployments extends LegacyDocumentTableMigration {

    public V6__deployments() {
        super("deployments");
    }
}
