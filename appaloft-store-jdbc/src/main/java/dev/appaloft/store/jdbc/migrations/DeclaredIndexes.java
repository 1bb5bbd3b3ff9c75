package dev.appaloft.store.jdbc.migrations;

import dev.appaloft.api.store.IndexField;
import dev.appaloft.api.store.IndexType;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The column and the index one declared field gets. Indexes are partial (most documents leave most
 * fields empty, and an index that skips NULLs costs nothing to keep) and end in (created_at, id),
 * the order every list reads in. A TEXT_SET column is not indexed: {@code index_values} is.
 */
final class DeclaredIndexes {

    private DeclaredIndexes() {
    }

    static String columnType(IndexField field) {
        return field.type() == IndexType.NUMBER ? "BIGINT" : "TEXT";
    }

    static void createIndexes(Statement sql, String table, List<IndexField> fields) throws SQLException {
        for (IndexField field : fields) {
            if (field.type() != IndexType.TEXT_SET) {
                sql.execute("CREATE INDEX " + table + "_by_" + field.name() + " ON " + table + " (" + field.name()
                        + ", created_at, id) WHERE " + field.name() + " IS NOT NULL");
            }
        }
    }
}
