package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code scheduled_tasks} document table: commands run for a resource on a cron schedule. */
public class V81__scheduled_tasks extends DocumentTableMigration {

    public V81__scheduled_tasks() {
        super("scheduled_tasks", text("organization_id"), text("project_id"), text("environment_id"),
                text("resource_id"), text("status"));
    }
}
