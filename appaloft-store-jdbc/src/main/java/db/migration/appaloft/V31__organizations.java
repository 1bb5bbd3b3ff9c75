package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code organizations} document table. */
public class V31__organizations extends DocumentTableMigration {

    public V31__organizations() {
        super("organizations");
    }
}
