package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.LegacyDocumentTableMigration;

/** The {@code usage_intents} document table. */
public class V36__usage_intents extends LegacyDocumentTableMigration {

    public V36__usage_intents() {
        super("usage_intents");
    }
}
