package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code sessions} document table. */
public class V34__sessions extends DocumentTableMigration {

    public V34__sessions() {
        super("sessions");
    }
}
