package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code dependency_provisioning_plans} document table: provisions and imports planned, accepted, carried out. */
public class V89__dependency_provisioning_plans extends DocumentTableMigration {

    public V89__dependency_provisioning_plans() {
        super("dependency_provisioning_plans", text("organization_id"), text("status"));
    }
}
