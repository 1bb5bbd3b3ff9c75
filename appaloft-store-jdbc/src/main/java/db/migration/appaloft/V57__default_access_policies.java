package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code default_access_policies} document table: how generated host names are made, per scope. */
public class V57__default_access_policies extends DocumentTableMigration {

    public V57__default_access_policies() {
        super("default_access_policies", text("organization_id"), text("scope"), text("server_id"));
    }
}
