package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.AddIndexFieldMigration;

/** Servers index the reusable SSH credential they log in with: a credential's usage is one indexed read. */
public class V44__server_credential_ids extends AddIndexFieldMigration {

    public V44__server_credential_ids() {
        super("servers", text("credential_id"), "credential.credentialId");
    }
}
