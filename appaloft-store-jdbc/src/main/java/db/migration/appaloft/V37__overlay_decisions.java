package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.LegacyDocumentTableMigration;

/** The {@code overlay_decisions} document table. */
public class V37__overlay_decisions extends LegacyDocumentTableMigration {

    public V37__overlay_decisions() {
        super("overlay_decisions");
    }
}
