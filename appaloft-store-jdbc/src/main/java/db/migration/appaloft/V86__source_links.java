package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code source_links} document table: a repository + branch fingerprint and the resource it deploys. */
public class V86__source_links extends DocumentTableMigration {

    public V86__source_links() {
        super("source_links", text("organization_id"), text("project_id"), text("resource_id"), text("server_id"),
                text("match_key"));
    }
}
