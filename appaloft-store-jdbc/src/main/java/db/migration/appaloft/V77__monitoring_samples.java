package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.number;
import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code monitoring_samples} document table: runtime monitoring samples (raw, and hourly rollups after a day). */
public class V77__monitoring_samples extends DocumentTableMigration {

    public V77__monitoring_samples() {
        super("monitoring_samples", text("organization_id"), text("server_id"), text("project_id"),
                text("environment_id"), text("resource_id"), text("deployment_id"), text("kind"), text("resolution"),
                number("observed_at_ms"));
    }
}
