package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.LegacyDocumentTableMigration;

/** The {@code fleet_deployment_groups} document table (the Alien fleet model). */
public class V20__fleet_deployment_groups extends LegacyDocumentTableMigration {

    public V20__fleet_deployment_groups() {
        super("fleet_deployment_groups");
    }
}
