package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code memberships} document table. */
public class V32__memberships extends DocumentTableMigration {

    public V32__memberships() {
        super("memberships");
    }
}
