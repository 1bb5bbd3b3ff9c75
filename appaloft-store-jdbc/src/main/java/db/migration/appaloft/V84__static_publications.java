package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code static_publications} document table: static artifact publications (their files live in the artifact store). */
public class V84__static_publications extends DocumentTableMigration {

    public V84__static_publications() {
        super("static_publications", text("organization_id"), text("project_id"), text("resource_id"));
    }
}
