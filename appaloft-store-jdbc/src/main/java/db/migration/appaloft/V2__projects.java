package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code projects} document table. */
public class V2__projects extends DocumentTableMigration {

    public V2__projects() {
        super("projects");
    }
}
