package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code acme_accounts} document table: this instance's ACME account key (sealed) per directory. */
public class V90__acme_accounts extends DocumentTableMigration {

    public V90__acme_accounts() {
        super("acme_accounts", text("organization_id"));
    }
}
