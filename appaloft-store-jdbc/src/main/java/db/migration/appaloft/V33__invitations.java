package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.LegacyDocumentTableMigration;

/** The {@code invitations} document table. */
public class V33__invitations extends LegacyDocumentTableMigration {

    public V33__invitations() {
        super("invitations");
    }
}
