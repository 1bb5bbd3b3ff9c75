package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/**
 * The {@code dependency_resources} document table: databases of environments, their provider's
 * realization and sealed credentials.
 */
public class V52__dependency_resources extends DocumentTableMigration {

    public V52__dependency_resources() {
        super("dependency_resources", text("organization_id"), text("project_id"), text("environment_id"),
                text("status"), text("kind"), text("server_id"));
    }
}
