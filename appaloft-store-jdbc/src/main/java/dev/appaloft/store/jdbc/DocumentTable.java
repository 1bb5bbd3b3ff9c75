package dev.appaloft.store.jdbc;

import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The statements of one collection's table. The table name is a {@code StoreCollections} name,
 * never caller input; every value is a bound parameter.
 */
final class DocumentTable {

    private final String collection;
    private final String select;
    private final String selectByKey;
    private final String count;
    private final String insert;
    private final String update;
    private final String delete;

    DocumentTable(String collection) {
        this.collection = collection;
        this.select = "SELECT " + DocumentRows.COLUMNS + " FROM " + collection;
        this.selectByKey = "SELECT " + prefixed("d.") + " FROM unique_keys k JOIN " + collection
                + " d ON d.id = k.doc_id WHERE k.collection = ? AND k.unique_key = ?";
        this.count = "SELECT COUNT(*) FROM " + collection;
        this.insert = "INSERT INTO " + collection + " (" + DocumentRows.COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING";
        this.update = "UPDATE " + collection + " SET version = ?, organization_id = ?, project_id = ?, "
                + "environment_id = ?, resource_id = ?, server_id = ?, status = ?, created_at = ?, updated_at = ?, "
                + "held_keys = ?, body = ? WHERE id = ? AND version = ?";
        this.delete = "DELETE FROM " + collection + " WHERE id = ? AND version = ?";
    }

    String collection() {
        return collection;
    }

    Optional<Document> find(Handle handle, String id) {
        return handle.createQuery(select + " WHERE id = ?").bind(0, id).map(DocumentRows::map).findOne();
    }

    Optional<Document> findByKey(Handle handle, String key) {
        return handle.createQuery(selectByKey).bind(0, collection).bind(1, key).map(DocumentRows::map).findOne();
    }

    List<Document> query(Handle handle, DocumentQuery query) {
        if (query.limit() == 0) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder(select).append(" WHERE 1 = 1");
        appendFilters(query, sql, args);
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
        return bindAll(handle.createQuery(sql.toString()), args).map(DocumentRows::map).list();
    }

    long count(Handle handle, DocumentQuery query) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder(count).append(" WHERE 1 = 1");
        appendFilters(query, sql, args);
        return bindAll(handle.createQuery(sql.toString()), args).mapTo(Long.class).one();
    }

    /** False when a document with this id exists. */
    boolean insert(Handle handle, Document doc) {
        DocumentIndex ix = doc.index();
        return handle.createUpdate(insert)
                .bind(0, doc.id()).bind(1, doc.version()).bind(2, ix.organizationId()).bind(3, ix.projectId())
                .bind(4, ix.environmentId()).bind(5, ix.resourceId()).bind(6, ix.serverId()).bind(7, ix.status())
                .bind(8, doc.createdAt().toEpochMilli()).bind(9, doc.updatedAt().toEpochMilli())
                .bind(10, HeldKeys.encode(doc.uniqueKeys())).bind(11, doc.body())
                .execute() == 1;
    }

    /** False when the stored document is missing or not at {@code expectedVersion}. */
    boolean update(Handle handle, Document doc, long expectedVersion) {
        DocumentIndex ix = doc.index();
        return handle.createUpdate(update)
                .bind(0, doc.version()).bind(1, ix.organizationId()).bind(2, ix.projectId())
                .bind(3, ix.environmentId()).bind(4, ix.resourceId()).bind(5, ix.serverId()).bind(6, ix.status())
                .bind(7, doc.createdAt().toEpochMilli()).bind(8, doc.updatedAt().toEpochMilli())
                .bind(9, HeldKeys.encode(doc.uniqueKeys())).bind(10, doc.body())
                .bind(11, doc.id()).bind(12, expectedVersion)
                .execute() == 1;
    }

    boolean delete(Handle handle, String id, long expectedVersion) {
        return handle.createUpdate(delete).bind(0, id).bind(1, expectedVersion).execute() == 1;
    }

    private static void appendFilters(DocumentQuery query, StringBuilder sql, List<Object> args) {
        DocumentIndex where = query.where();
        equal("organization_id", where.organizationId(), sql, args);
        equal("project_id", where.projectId(), sql, args);
        equal("environment_id", where.environmentId(), sql, args);
        equal("resource_id", where.resourceId(), sql, args);
        equal("server_id", where.serverId(), sql, args);
        equal("status", where.status(), sql, args);
        if (!query.statusIn().isEmpty()) {
            sql.append(" AND status IN (").append(placeholders(query.statusIn(), args)).append(')');
        }
        if (!query.statusNotIn().isEmpty()) {
            // SQL's NOT IN is never true for NULL; a document without a status is in no excluded status
            sql.append(" AND (status IS NULL OR status NOT IN (").append(placeholders(query.statusNotIn(), args))
                    .append("))");
        }
    }

    private static void equal(String column, String value, StringBuilder sql, List<Object> args) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            args.add(value);
        }
    }

    private static String placeholders(Set<String> values, List<Object> args) {
        args.addAll(values);
        return String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
    }

    private static <S extends SqlStatement<S>> S bindAll(S statement, List<Object> args) {
        for (int i = 0; i < args.size(); i++) {
            statement.bind(i, args.get(i));
        }
        return statement;
    }

    private static String prefixed(String alias) {
        return alias + DocumentRows.COLUMNS.replace(", ", ", " + alias);
    }
}
