package dev.appaloft.store.jdbc.migrations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appaloft.api.store.IndexField;
import dev.appaloft.store.jdbc.HeldKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Applies {@link TableReshape} plans in one migration transaction (both databases run DDL
 * transactionally), creating the {@code index_values} table TEXT_SET fields are filtered through.
 * Rows are rewritten in place, so no document, version or unique key changes.
 */
public abstract class TableReshapeMigration extends BaseJavaMigration {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LEGACY_INDEXES = List.of("organization", "status", "project", "environment",
            "resource", "server");

    private final List<TableReshape> plan;

    protected TableReshapeMigration(List<TableReshape> plan) {
        this.plan = List.copyOf(plan);
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS index_values (collection TEXT NOT NULL, field TEXT NOT NULL,"
                    + " value TEXT NOT NULL, doc_id TEXT NOT NULL, PRIMARY KEY (collection, field, value, doc_id))");
            sql.execute("CREATE INDEX IF NOT EXISTS index_values_by_doc ON index_values (collection, doc_id)");
            for (TableReshape table : plan) {
                reshape(connection, sql, table);
            }
        }
    }

    private static void reshape(Connection connection, Statement sql, TableReshape t) throws Exception {
        // indexes first: SQLite refuses to drop or rename a column an index (or its WHERE) names
        for (String legacy : LEGACY_INDEXES) {
            sql.execute("DROP INDEX IF EXISTS " + t.table + "_by_" + legacy);
        }
        for (Map.Entry<String, String> rename : t.renames.entrySet()) {
            sql.execute("ALTER TABLE " + t.table + " RENAME COLUMN " + rename.getKey() + " TO " + rename.getValue());
        }
        for (String column : t.dropped()) {
            sql.execute("ALTER TABLE " + t.table + " DROP COLUMN " + column);
        }
        for (Map.Entry<IndexField, String> add : t.added.entrySet()) {
            sql.execute("ALTER TABLE " + t.table + " ADD COLUMN " + add.getKey().name() + " "
                    + DeclaredIndexes.columnType(add.getKey()));
            backfill(connection, t.table, add.getKey(), add.getValue());
        }
        DeclaredIndexes.createIndexes(sql, t.table, t.fields());
    }

    static void backfill(Connection connection, String table, IndexField field, String path)
            throws Exception {
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT id, body FROM " + table);
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE " + table + " SET " + field.name() + " = ? WHERE id = ?");
             PreparedStatement value = connection.prepareStatement(
                     "INSERT INTO index_values (collection, field, value, doc_id) VALUES (?, ?, ?, ?)")) {
            while (rows.next()) {
                String id = rows.getString(1);
                JsonNode node = at(JSON.readTree(rows.getString(2)), path);
                switch (field.type()) {
                    case NUMBER -> {
                        Long millis = millis(node);
                        if (millis == null) {
                            update.setNull(1, Types.BIGINT);
                        } else {
                            update.setLong(1, millis);
                        }
                    }
                    case TEXT -> update.setString(1, node == null || node.isNull() ? null : node.asText());
                    case TEXT_SET -> {
                        TreeSet<String> values = new TreeSet<>();
                        if (node != null && node.isArray()) {
                            node.forEach(v -> values.add(v.asText()));
                        }
                        update.setString(1, values.isEmpty() ? null : HeldKeys.encode(values));
                        for (String v : values) {
                            value.setString(1, table);
                            value.setString(2, field.name());
                            value.setString(3, v);
                            value.setString(4, id);
                            value.executeUpdate();
                        }
                    }
                    default -> throw new IllegalStateException(field.type().name());
                }
                update.setString(2, id);
                update.executeUpdate();
            }
        }
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node;
    }

    /** Bodies hold instants as epoch milliseconds; an ISO text is read too. */
    private static Long millis(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isNumber() ? node.asLong() : Instant.parse(node.asText()).toEpochMilli();
    }
}
