package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.LegacyDocumentTableMigration;

/** The {@code sessions} document table. */
public class V34__sessions extends LegacyDocumentTableMigration {

    public V34__sessions() {
        super("sessions");
    }
}
