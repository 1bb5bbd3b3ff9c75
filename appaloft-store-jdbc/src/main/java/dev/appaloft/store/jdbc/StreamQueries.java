package dev.appaloft.store.jdbc;

import dev.appaloft.api.store.StreamQuery;
import dev.appaloft.api.store.StreamRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Filtered reads of a stream ({@link StreamQuery}). The partial indexes of V79 on (stream,
 * organization_id, seq) and (stream, organization_id, subject_id, seq) serve an organization's
 * page in either direction; those on (stream, at) and (stream, organization_id, at) a time window.
 */
final class StreamQueries {

    private StreamQueries() {
    }

    static List<StreamRecord> query(Handle handle, String stream, StreamQuery q) {
        if (q.limit() == 0) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT seq, type, body, at, organization_id, subject_id"
                + " FROM stream_records WHERE stream = ?");
        List<Object> args = new ArrayList<>();
        args.add(stream);
        if (q.organizationId() != null) {
            sql.append(" AND organization_id = ?");
            args.add(q.organizationId());
        } else {
            sql.append(" AND organization_id IS NOT NULL"); // only scoped records; lets the partial indexes serve
        }
        if (q.subjectId() != null) {
            sql.append(" AND subject_id = ?");
            args.add(q.subjectId());
        }
        if (q.type() != null) {
            sql.append(" AND type = ?");
            args.add(q.type());
        }
        if (q.from() != null) {
            sql.append(" AND at >= ?");
            args.add(q.from().toEpochMilli());
        }
        if (q.to() != null) {
            sql.append(" AND at < ?");
            args.add(q.to().toEpochMilli());
        }
        if (q.afterSeq() > 0) {
            sql.append(" AND seq > ?");
            args.add(q.afterSeq());
        }
        if (q.beforeSeq() > 0) {
            sql.append(" AND seq < ?");
            args.add(q.beforeSeq());
        }
        sql.append(q.descending() ? " ORDER BY seq DESC" : " ORDER BY seq").append(" LIMIT ?");
        args.add(q.limit());
        var query = handle.createQuery(sql.toString());
        for (int i = 0; i < args.size(); i++) {
            query.bind(i, args.get(i));
        }
        return query.map((rs, ctx) -> new StreamRecord(stream, rs.getLong(1), rs.getString(2), rs.getString(3),
                Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5), rs.getString(6))).list();
    }
}
