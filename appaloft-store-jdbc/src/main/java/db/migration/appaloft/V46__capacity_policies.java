package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code capacity_policies} document table: scheduled runtime prune policies, per organization. */
public class V46__capacity_policies extends DocumentTableMigration {

    public V46__capacity_policies() {
        super("capacity_policies", text("organization_id"), text("scope"), text("server_id"), text("enabled"));
    }
}
