package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code provider_job_logs} document table: what runtime providers were asked to do, for retention. */
public class V45__provider_job_logs extends DocumentTableMigration {

    public V45__provider_job_logs() {
        super("provider_job_logs", text("organization_id"), text("deployment_id"), text("provider_key"),
                text("resource_id"), text("server_id"));
    }
}
