package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code overlay_decisions} document table. */
public class V37__overlay_decisions extends DocumentTableMigration {

    public V37__overlay_decisions() {
        super("overlay_decisions");
    }
}
