package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code resources} document table. */
public class V4__resources extends DocumentTableMigration {

    public V4__resources() {
        super("resources");
    }
}
