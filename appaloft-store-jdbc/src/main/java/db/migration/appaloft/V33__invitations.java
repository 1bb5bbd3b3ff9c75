package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code invitations} document table. */
public class V33__invitations extends DocumentTableMigration {

    public V33__invitations() {
        super("invitations");
    }
}
