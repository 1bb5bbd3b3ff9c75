package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code runtime_log_archives} document table: retained runtime log archives (their lines live in the artifact store). */
public class V83__runtime_log_archives extends DocumentTableMigration {

    public V83__runtime_log_archives() {
        super("runtime_log_archives", text("organization_id"), text("resource_id"), text("server_id"),
                text("deployment_id"), text("service_name"));
    }
}
