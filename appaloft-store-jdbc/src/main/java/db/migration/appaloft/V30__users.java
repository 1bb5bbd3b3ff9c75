package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.LegacyDocumentTableMigration;

/** The {@code users} document table. */
public class V30__users extends LegacyDocumentTableMigration {

    public V30__users() {
        super("users");
    }
}
