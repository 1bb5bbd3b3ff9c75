package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code retention_policies} document table. */
public class V42__retention_policies extends DocumentTableMigration {

    public V42__retention_policies() {
        super("retention_policies", text("organization_id"), text("scope"), text("category"), text("enabled"));
    }
}
