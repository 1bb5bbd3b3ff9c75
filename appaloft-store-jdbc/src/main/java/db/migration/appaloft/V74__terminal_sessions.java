package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code terminal_sessions} document table: who opened which shell where, and how it ended. */
public class V74__terminal_sessions extends DocumentTableMigration {

    public V74__terminal_sessions() {
        super("terminal_sessions", text("organization_id"), text("resource_id"), text("server_id"), text("status"));
    }
}
