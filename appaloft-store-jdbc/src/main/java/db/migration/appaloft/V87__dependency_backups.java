package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code dependency_backups} document table: dumps of dependency resources and their latest restore. */
public class V87__dependency_backups extends DocumentTableMigration {

    public V87__dependency_backups() {
        super("dependency_backups", text("organization_id"), text("dependency_resource_id"), text("status"),
                text("policy_id"), text("retention_status"));
    }
}
