package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.number;
import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code dependency_backup_policies} document table: scheduled backups of dependency resources. */
public class V88__dependency_backup_policies extends DocumentTableMigration {

    public V88__dependency_backup_policies() {
        super("dependency_backup_policies", text("organization_id"), text("dependency_resource_id"), text("enabled"),
                number("next_run_at_ms"));
    }
}
