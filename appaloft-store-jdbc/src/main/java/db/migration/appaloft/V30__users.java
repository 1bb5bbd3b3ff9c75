package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code users} document table. */
public class V30__users extends DocumentTableMigration {

    public V30__users() {
        super("users");
    }
}
