package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code dependency_bindings} document table: which resource receives which database's connection. */
public class V53__dependency_bindings extends DocumentTableMigration {

    public V53__dependency_bindings() {
        super("dependency_bindings", text("organization_id"), text("resource_id"), text("dependency_resource_id"),
                text("status"));
    }
}
