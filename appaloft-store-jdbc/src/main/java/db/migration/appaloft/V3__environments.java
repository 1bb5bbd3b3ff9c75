package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code environments} document table. */
public class V3__environments extends DocumentTableMigration {

    public V3__environments() {
        super("environments");
    }
}
