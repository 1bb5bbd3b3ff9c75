package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;
import static dev.appaloft.api.store.IndexField.textSet;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code source_events} document table: verified webhook deliveries and what they started. */
public class V85__source_events extends DocumentTableMigration {

    public V85__source_events() {
        super("source_events", text("organization_id"), text("project_id"), textSet("resource_ids"), text("status"),
                text("source_kind"));
    }
}
