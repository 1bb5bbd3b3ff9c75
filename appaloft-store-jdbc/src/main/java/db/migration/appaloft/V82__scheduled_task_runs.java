package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The {@code scheduled_task_runs} document table (one row per run, a unique key per task and due
 * time) and {@code scheduled_task_run_logs} (what each run wrote, one document per run, apart so
 * run lists stay small): one migration, as they only ever come together.
 */
public class V82__scheduled_task_runs extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        DocumentTableMigration.create(context, "scheduled_task_runs", List.of(text("organization_id"), text("task_id"),
                text("resource_id"), text("status"), text("trigger_kind")));
        DocumentTableMigration.create(context, "scheduled_task_run_logs", List.of(text("organization_id")));
    }
}
