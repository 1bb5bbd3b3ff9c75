package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.LegacyDocumentTableMigration;

/** The {@code deploy_tokens} document table. */
public class V35__deploy_tokens extends LegacyDocumentTableMigration {

    public V35__deploy_tokens() {
        super("deploy_tokens");
    }
}
