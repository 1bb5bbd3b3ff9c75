package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.LegacyDocumentTableMigration;

/** The {@code fleet_deployments} document table (the Alien fleet model). */
public class V21__fleet_deployments extends LegacyDocumentTableMigration {

    public V21__fleet_deployments() {
        super("fleet_deployments");
    }
}
