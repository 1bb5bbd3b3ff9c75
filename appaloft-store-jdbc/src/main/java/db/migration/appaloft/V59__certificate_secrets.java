package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code certificate_secrets} document table: each certificate's chain and its sealed private key. */
public class V59__certificate_secrets extends DocumentTableMigration {

    public V59__certificate_secrets() {
        super("certificate_secrets", text("organization_id"));
    }
}
