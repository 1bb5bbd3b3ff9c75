package db.migration.appaloft;

import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Stream records get an optional scope: the organization they belong to and the subject they are
 * about, so one organization's page of the shared audit stream is an index range, not a scan of
 * everyone's records. The audit records written before are scoped from their bodies. The indexes
 * are partial: unscoped streams (logs, journals) cost nothing more per append.
 */
public class V79__stream_record_scopes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = context.getConnection().getMetaData().getDatabaseProductName()
                .toLowerCase(Locale.ROOT).contains("postgres");
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("ALTER TABLE stream_records ADD COLUMN organization_id TEXT");
            sql.execute("ALTER TABLE stream_records ADD COLUMN subject_id TEXT");
            if (postgres) {
                sql.execute("UPDATE stream_records SET organization_id = (body::jsonb) ->> 'organizationId',"
                        + " subject_id = (body::jsonb) ->> 'aggregateId' WHERE stream = 'audit'");
            } else {
                sql.execute("UPDATE stream_records SET organization_id = json_extract(body, '$.organizationId'),"
                        + " subject_id = json_extract(body, '$.aggregateId') WHERE stream = 'audit'");
            }
            sql.execute("CREATE INDEX stream_records_by_organization ON stream_records (stream, organization_id, seq)"
                    + " WHERE organization_id IS NOT NULL");
            sql.execute("CREATE INDEX stream_records_by_subject ON stream_records"
                    + " (stream, organization_id, subject_id, seq) WHERE organization_id IS NOT NULL");
            // windows (exports, archives): a time range is found by index, not by scanning from the oldest record
            sql.execute("CREATE INDEX stream_records_by_time ON stream_records (stream, at)"
                    + " WHERE organization_id IS NOT NULL");
            sql.execute("CREATE INDEX stream_records_by_organization_time ON stream_records"
                    + " (stream, organization_id, at) WHERE organization_id IS NOT NULL");
        }
    }
}
