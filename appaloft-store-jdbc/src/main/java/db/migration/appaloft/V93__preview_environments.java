package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.number;
import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code preview_environments} document table: one pull request's environment, resource copy and state. */
public class V93__preview_environments extends DocumentTableMigration {

    public V93__preview_environments() {
        super("preview_environments", text("organization_id"), text("project_id"), text("environment_id"),
                text("resource_id"), text("source_resource_id"), text("status"), text("repository"),
                number("pull_request_number"), text("pr_key"), text("match_key"));
    }
}
