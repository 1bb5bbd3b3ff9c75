package db.migration.appaloft;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code deployments} document table. */
public class V6__deployments extends DocumentTableMigration {

    public V6__deployments() {
        super("deployments");
    }
}
