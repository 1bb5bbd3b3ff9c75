package dev.appaloft.store.jdbc;

import dev.appaloft.api.store.CollectionSpec;
import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.IndexField;
import dev.appaloft.api.store.IndexType;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The {@code index_values} table: one row per value of a document's TEXT_SET fields, so "tokens
 * whose scope names this resource" is an indexed lookup instead of a scan of every body.
 */
final class IndexValues {

    private static final String INSERT = "INSERT INTO index_values (collection, field, value, doc_id) "
            + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String CLEAR = "DELETE FROM index_values WHERE collection = ? AND doc_id = ?";

    private IndexValues() {
    }

    static void write(Handle handle, CollectionSpec spec, Document doc) {
        PreparedBatch batch = null;
        for (IndexField field : spec.indexes()) {
            if (field.type() != IndexType.TEXT_SET || !(doc.index().get(field.name()) instanceof Set<?> values)) {
                continue;
            }
            for (Object value : values) {
                if (batch == null) {
                    batch = handle.prepareBatch(INSERT);
                }
                batch.bind(0, spec.name()).bind(1, field.name()).bind(2, (String) value).bind(3, doc.id()).add();
            }
        }
        if (batch != null) {
            batch.execute();
        }
    }

    static void clear(Handle handle, CollectionSpec spec, String docId) {
        if (spec.indexes().stream().anyMatch(f -> f.type() == IndexType.TEXT_SET)) {
            handle.createUpdate(CLEAR).bind(0, spec.name()).bind(1, docId).execute();
        }
    }
}
