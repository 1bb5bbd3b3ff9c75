package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code ssh_credentials} document table: reusable SSH keys, sealed at rest. */
public class V43__ssh_credentials extends DocumentTableMigration {

    public V43__ssh_credentials() {
        super("ssh_credentials", text("organization_id"));
    }
}
