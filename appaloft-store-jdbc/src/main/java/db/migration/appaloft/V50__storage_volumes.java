package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code storage_volumes} document table: durable storage of environments. */
public class V50__storage_volumes extends DocumentTableMigration {

    public V50__storage_volumes() {
        super("storage_volumes", text("organization_id"), text("project_id"), text("environment_id"), text("status"));
    }
}
