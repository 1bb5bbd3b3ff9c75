package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTables;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** The audit legal holds, audit archives and the archives' compressed items: three document tables. */
public class V80__audit_governance extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        DocumentTables.create(context, "audit_legal_holds", text("organization_id"), text("status"),
                text("aggregate_id"), text("event_type"));
        DocumentTables.create(context, "audit_archives", text("organization_id"), text("aggregate_id"),
                text("event_type"), text("retain_source_rows"));
        DocumentTables.create(context, "audit_archive_items", text("organization_id"));
    }
}
