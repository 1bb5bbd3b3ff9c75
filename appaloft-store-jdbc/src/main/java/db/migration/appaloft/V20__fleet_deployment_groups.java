package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code fleet_deployment_groups} document table (the Alien fleet model). */
public class V20__fleet_deployment_groups extends DocumentTableMigration {

    public V20__fleet_deployment_groups() {
        super("fleet_deployment_groups");
    }
}
