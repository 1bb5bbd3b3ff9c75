package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code monitoring_thresholds} document table: one runtime monitoring threshold policy per scope. */
public class V78__monitoring_thresholds extends DocumentTableMigration {

    public V78__monitoring_thresholds() {
        super("monitoring_thresholds", text("organization_id"), text("scope_key"), text("enabled"));
    }
}
