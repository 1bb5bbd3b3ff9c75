package dev.appaloft.store.jdbc;

import dev.appaloft.api.store.CollectionSpec;
import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.IndexField;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The columns of one collection's table and their mapping to a {@link Document}: the fixed ones
 * every table has, with the declared index fields between version and created_at. A TEXT_SET field's
 * column holds its set encoded like the held keys, so a read needs no join; {@code index_values} is
 * what queries filter on.
 */
final class DocumentRows {

    private final List<IndexField> fields;

    DocumentRows(CollectionSpec spec) {
        this.fields = spec.indexes();
    }

    /** Every column in row order, each prefixed with {@code alias}. */
    String columns(String alias) {
        List<String> all = writtenColumns();
        List<String> prefixed = new ArrayList<>(all.size());
        all.forEach(c -> prefixed.add(alias + c));
        return String.join(", ", prefixed);
    }

    /** id, version, the declared fields, created_at, updated_at, held_keys, body. */
    List<String> writtenColumns() {
        List<String> columns = new ArrayList<>(List.of("id", "version"));
        fields.forEach(f -> columns.add(f.name()));
        columns.addAll(List.of("created_at", "updated_at", "held_keys", "body"));
        return columns;
    }

    Document map(ResultSet rs, StatementContext ctx) throws SQLException {
        Map<String, Object> values = new HashMap<>(fields.size() * 2);
        int column = 3;
        for (IndexField field : fields) {
            Object value = switch (field.type()) {
                case TEXT -> rs.getString(column);
                case NUMBER -> {
                    long n = rs.getLong(column);
                    yield rs.wasNull() ? null : n;
                }
                case TEXT_SET -> {
                    String encoded = rs.getString(column);
                    yield encoded == null ? null : HeldKeys.decode(encoded);
                }
            };
            if (value != null) {
                values.put(field.name(), value);
            }
            column++;
        }
        return new Document(rs.getString(1), rs.getLong(2), new DocumentIndex(Map.copyOf(values)),
                HeldKeys.decode(rs.getString(column + 2)), rs.getString(column + 3),
                Instant.ofEpochMilli(rs.getLong(column)), Instant.ofEpochMilli(rs.getLong(column + 1)));
    }

    /** Binds every written column, from position {@code from}. */
    <S extends SqlStatement<S>> S bindWritten(S statement, Document doc, int from) {
        statement.bind(from, doc.id());
        bindAfterId(statement, doc, from + 1);
        return statement;
    }

    /** Binds every written column but the id from position 0; returns the next free position. */
    <S extends SqlStatement<S>> int bindWrittenAfterId(S statement, Document doc) {
        return bindAfterId(statement, doc, 0);
    }

    private <S extends SqlStatement<S>> int bindAfterId(S statement, Document doc, int from) {
        int i = from;
        statement.bind(i++, doc.version());
        for (IndexField field : fields) {
            Object value = doc.index().get(field.name());
            switch (field.type()) {
                case TEXT -> statement.bind(i++, (String) value);
                case NUMBER -> statement.bind(i++, (Long) value);
                case TEXT_SET -> {
                    @SuppressWarnings("unchecked")
                    Set<String> set = (Set<String>) value;
                    statement.bind(i++, set == null ? null : HeldKeys.encode(set));
                }
            }
        }
        statement.bind(i++, doc.createdAt().toEpochMilli());
        statement.bind(i++, doc.updatedAt().toEpochMilli());
        statement.bind(i++, HeldKeys.encode(doc.uniqueKeys()));
        statement.bind(i++, doc.body());
        return i;
    }
}
