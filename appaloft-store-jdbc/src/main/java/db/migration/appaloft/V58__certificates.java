package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code certificates} document table: TLS certificates of domain bindings, their attempts inside. */
public class V58__certificates extends DocumentTableMigration {

    public V58__certificates() {
        super("certificates", text("organization_id"), text("domain_binding_id"), text("status"));
    }
}
