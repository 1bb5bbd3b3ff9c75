package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code preview_policies} document table: who gets a pull-request preview, per project or resource. */
public class V92__preview_policies extends DocumentTableMigration {

    public V92__preview_policies() {
        super("preview_policies", text("organization_id"), text("project_id"), text("resource_id"));
    }
}
