package dev.appaloft.store.jdbc;

import dev.appaloft.api.store.CollectionSpec;
import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexField;
import dev.appaloft.api.store.IndexType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The statements of one collection's table, built from its declaration: one column per declared
 * index field. Table and column names come from {@code StoreCollections}, never caller input;
 * every value is a bound parameter.
 */
final class DocumentTable {

    private final CollectionSpec spec;
    private final DocumentRows rows;
    private final String select;
    private final String selectByKey;
    private final String count;
    private final String insert;
    private final String update;
    private final String delete;

    DocumentTable(CollectionSpec spec) {
        this.spec = spec;
        this.rows = new DocumentRows(spec);
        String table = spec.name();
        this.select = "SELECT " + rows.columns("") + " FROM " + table;
        this.selectByKey = "SELECT " + rows.columns("d.") + " FROM unique_keys k JOIN " + table
                + " d ON d.id = k.doc_id WHERE k.collection = ? AND k.unique_key = ?";
        this.count = "SELECT COUNT(*) FROM " + table;
        List<String> columns = rows.writtenColumns();
        this.insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ") ON CONFLICT (id) DO NOTHING";
        this.update = "UPDATE " + table + " SET " + String.join(" = ?, ", columns.subList(1, columns.size()))
                + " = ? WHERE id = ? AND version = ?";
        this.delete = "DELETE FROM " + table + " WHERE id = ? AND version = ?";
    }

    String collection() {
        return spec.name();
    }

    CollectionSpec spec() {
        return spec;
    }

    Optional<Document> find(Handle handle, String id) {
        return handle.createQuery(select + " WHERE id = ?").bind(0, id).map(rows::map).findOne();
    }

    List<Document> findAll(Handle handle, Collection<String> ids) {
        List<Document> found = new ArrayList<>(ids.size());
        for (List<String> chunk : InLists.chunks(ids)) {
            String sql = select + " WHERE id IN (" + WorkSql.placeholders(chunk.size()) + ")";
            found.addAll(bindAll(handle.createQuery(sql), new ArrayList<>(chunk)).map(rows::map).list());
        }
        return found;
    }

    Optional<Document> findByKey(Handle handle, String key) {
        return handle.createQuery(selectByKey).bind(0, spec.name()).bind(1, key).map(rows::map).findOne();
    }

    List<Document> query(Handle handle, DocumentQuery query) {
        if (query.limit() == 0) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder(select).append(" WHERE 1 = 1");
        appendFilters(spec.check(query), sql, args);
        String direction = query.descending() ? "DESC" : "ASC";
        if (query.afterId() != null) {
            sql.append(" AND (created_at, id) ").append(query.descending() ? "<" : ">").append(" (?, ?)");
            args.add(query.afterCreatedAt().toEpochMilli());
            args.add(query.afterId());
        }
        sql.append(" ORDER BY created_at ").append(direction).append(", id ").append(direction);
        if (query.limit() != DocumentQuery.UNLIMITED) {
            sql.append(" LIMIT ?");
            args.add(query.limit());
        }
        return bindAll(handle.createQuery(sql.toString()), args).map(rows::map).list();
    }

    long count(Handle handle, DocumentQuery query) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder(count).append(" WHERE 1 = 1");
        appendFilters(spec.check(query), sql, args);
        return bindAll(handle.createQuery(sql.toString()), args).mapTo(Long.class).one();
    }

    Map<String, Long> countBy(Handle handle, DocumentQuery query, String field) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(field).append(", COUNT(*) FROM ").append(spec.name())
                .append(" WHERE ").append(field).append(" IS NOT NULL");
        appendFilters(spec.checkGrouping(query, field), sql, args);
        sql.append(" GROUP BY ").append(field);
        Map<String, Long> counts = new HashMap<>();
        bindAll(handle.createQuery(sql.toString()), args)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** The newest matching row per value of {@code field}: a window over (created_at, id) descending. */
    List<Document> newestBy(Handle handle, DocumentQuery query, String field) {
        List<Object> args = new ArrayList<>();
        StringBuilder inner = new StringBuilder("SELECT ").append(rows.columns("")).append(", ROW_NUMBER() OVER (PARTITION BY ")
                .append(field).append(" ORDER BY created_at DESC, id DESC) AS newest_rank FROM ").append(spec.name())
                .append(" WHERE ").append(field).append(" IS NOT NULL");
        appendFilters(spec.checkGrouping(query, field), inner, args);
        String sql = "SELECT " + rows.columns("") + " FROM (" + inner + ") ranked WHERE newest_rank = 1";
        return bindAll(handle.createQuery(sql), args).map(rows::map).list();
    }

    /** False when a document with this id exists. */
    boolean insert(Handle handle, Document doc) {
        spec.check(doc.index());
        boolean inserted = rows.bindWritten(handle.createUpdate(insert), doc, 0).execute() == 1;
        if (inserted) {
            IndexValues.write(handle, spec, doc);
        }
        return inserted;
    }

    /** False when the stored document is missing or not at {@code expectedVersion}. */
    boolean update(Handle handle, Document doc, long expectedVersion) {
        spec.check(doc.index());
        // the written columns minus the id lead; the id and the expected version close the statement
        var statement = handle.createUpdate(update);
        int next = rows.bindWrittenAfterId(statement, doc);
        boolean updated = statement.bind(next, doc.id()).bind(next + 1, expectedVersion).execute() == 1;
        if (updated) {
            IndexValues.clear(handle, spec, doc.id());
            IndexValues.write(handle, spec, doc);
        }
        return updated;
    }

    boolean delete(Handle handle, String id, long expectedVersion) {
        boolean deleted = handle.createUpdate(delete).bind(0, id).bind(1, expectedVersion).execute() == 1;
        if (deleted) {
            IndexValues.clear(handle, spec, id);
        }
        return deleted;
    }

    private void appendFilters(DocumentQuery query, StringBuilder sql, List<Object> args) {
        query.where().values().forEach((field, value) -> holds(spec.field(field), Set.of(value), false, sql, args));
        query.anyOf().forEach((field, values) -> holds(spec.field(field), values, false, sql, args));
        query.noneOf().forEach((field, values) -> holds(spec.field(field), values, true, sql, args));
        query.atLeast().forEach((field, bound) -> {
            sql.append(" AND ").append(field).append(" >= ?");
            args.add(bound);
        });
        query.below().forEach((field, bound) -> {
            sql.append(" AND ").append(field).append(" < ?");
            args.add(bound);
        });
        if (query.createdBefore() != null) {
            sql.append(" AND created_at < ?");
            args.add(query.createdBefore().toEpochMilli());
        }
    }

    /** The field holds one of {@code values} ({@code negate}: holds none, an absent value included). */
    private void holds(IndexField field, Set<Object> values, boolean negate, StringBuilder sql, List<Object> args) {
        if (values.isEmpty()) {
            sql.append(negate ? "" : " AND 1 = 0");
            return;
        }
        if (field.type() == IndexType.TEXT_SET) {
            sql.append(negate ? " AND NOT EXISTS" : " AND EXISTS")
                    .append(" (SELECT 1 FROM index_values v WHERE v.collection = ? AND v.field = ? AND v.doc_id = ")
                    .append(spec.name()).append(".id AND v.value IN (");
            args.add(spec.name());
            args.add(field.name());
            sql.append(placeholders(values, args)).append("))");
        } else if (negate) {
            // SQL's NOT IN is never true for NULL; a document without the value holds none of them
            sql.append(" AND (").append(field.name()).append(" IS NULL OR ").append(field.name()).append(" NOT IN (")
                    .append(placeholders(values, args)).append("))");
        } else {
            sql.append(" AND ").append(field.name()).append(" IN (").append(placeholders(values, args)).append(')');
        }
    }

    private static String placeholders(Set<Object> values, List<Object> args) {
        args.addAll(values);
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }

    static <S extends SqlStatement<S>> S bindAll(S statement, List<Object> args) {
        for (int i = 0; i < args.size(); i++) {
            statement.bind(i, args.get(i));
        }
        return statement;
    }
}
