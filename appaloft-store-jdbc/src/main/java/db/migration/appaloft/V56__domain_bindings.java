package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code domain_bindings} document table: custom domains of resources, their verification attempts inside. */
public class V56__domain_bindings extends DocumentTableMigration {

    public V56__domain_bindings() {
        super("domain_bindings", text("organization_id"), text("project_id"), text("environment_id"),
                text("resource_id"), text("server_id"), text("status"));
    }
}
