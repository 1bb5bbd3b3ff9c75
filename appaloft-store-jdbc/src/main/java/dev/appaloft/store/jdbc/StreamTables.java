package dev.appaloft.store.jdbc;

import dev.appaloft.api.store.StreamEntry;
import dev.appaloft.api.store.StreamRecord;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Append-only streams: {@code stream_heads} hands out sequence numbers, {@code stream_records} holds them. */
final class StreamTables {

    // the upsert locks the head row until commit, so appends to one stream commit in seq order
    private static final String NEXT_SEQ = "INSERT INTO stream_heads (stream, head) VALUES (?, 1) "
            + "ON CONFLICT (stream) DO UPDATE SET head = stream_heads.head + 1 RETURNING head";
    // single writer (SQLite): the number comes from the head in the same statement; a trigger advances it
    private static final String APPEND_SINGLE_WRITER = "INSERT INTO stream_records (stream, seq, type, body, at, organization_id, subject_id) "
            + "SELECT ?, COALESCE(MAX(head), 0) + 1, ?, ?, ?, ?, ? FROM stream_heads WHERE stream = ? RETURNING seq";
    private static final String INSERT = "INSERT INTO stream_records (stream, seq, type, body, at, organization_id, subject_id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String READ = "SELECT seq, type, body, at, organization_id, subject_id FROM stream_records "
            + "WHERE stream = ? AND seq > ? ORDER BY seq LIMIT ?";
    private static final String HEAD = "SELECT head FROM stream_heads WHERE stream = ?";

    private StreamTables() {
    }

    static StreamRecord append(Handle handle, SqlDialect dialect, String stream, StreamEntry entry) {
        Instant at = entry.at().truncatedTo(ChronoUnit.MILLIS);
        long seq;
        if (dialect.singleWriter()) {
            seq = handle.createQuery(APPEND_SINGLE_WRITER).bind(0, stream).bind(1, entry.type()).bind(2, entry.body())
                    .bind(3, at.toEpochMilli()).bind(4, entry.organizationId()).bind(5, entry.subjectId())
                    .bind(6, stream).mapTo(Long.class).one();
        } else {
            seq = handle.createQuery(NEXT_SEQ).bind(0, stream).mapTo(Long.class).one();
            handle.createUpdate(INSERT).bind(0, stream).bind(1, seq).bind(2, entry.type()).bind(3, entry.body())
                    .bind(4, at.toEpochMilli()).bind(5, entry.organizationId()).bind(6, entry.subjectId()).execute();
        }
        return new StreamRecord(stream, seq, entry.type(), entry.body(), at, entry.organizationId(), entry.subjectId());
    }

    static List<StreamRecord> read(Handle handle, String stream, long afterSeq, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0");
        }
        if (limit == 0) {
            return List.of();
        }
        return handle.createQuery(READ).bind(0, stream).bind(1, afterSeq).bind(2, limit)
                .map((rs, ctx) -> new StreamRecord(stream, rs.getLong(1), rs.getString(2), rs.getString(3),
                        Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** stream_heads keeps its row, so the numbering continues after the removed records. */
    static long truncate(Handle handle, String stream) {
        return handle.createUpdate("DELETE FROM stream_records WHERE stream = ?").bind(0, stream).execute();
    }

    /** Removes the listed records, a bounded number of parameters per statement; the head stays. */
    static long delete(Handle handle, String stream, Collection<Long> seqs) {
        long removed = 0;
        for (List<Long> chunk : InLists.chunks(seqs)) {
            var update = handle.createUpdate("DELETE FROM stream_records WHERE stream = ? AND seq IN ("
                    + WorkSql.placeholders(chunk.size()) + ")").bind(0, stream);
            for (int i = 0; i < chunk.size(); i++) {
                update.bind(i + 1, chunk.get(i).longValue());
            }
            removed += update.execute();
        }
        return removed;
    }

    /** The head record of each stream that still has it (a truncated stream's head record is gone). */
    static Map<String, StreamRecord> lastRecords(Handle handle, Collection<String> streams) {
        Map<String, StreamRecord> last = new HashMap<>();
        for (List<String> chunk : InLists.chunks(streams)) {
            String sql = "SELECT r.stream, r.seq, r.type, r.body, r.at, r.organization_id, r.subject_id"
                    + " FROM stream_heads h JOIN stream_records r"
                    + " ON r.stream = h.stream AND r.seq = h.head WHERE h.stream IN (" + WorkSql.placeholders(chunk.size()) + ")";
            var query = handle.createQuery(sql);
            for (int i = 0; i < chunk.size(); i++) {
                query.bind(i, chunk.get(i));
            }
            query.map((rs, ctx) -> new StreamRecord(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                    Instant.ofEpochMilli(rs.getLong(5)), rs.getString(6), rs.getString(7)))
                    .forEach(r -> last.put(r.stream(), r));
        }
        return last;
    }

    static long head(Handle handle, String stream) {
        return handle.createQuery(HEAD).bind(0, stream).mapTo(Long.class).findOne().orElse(0L);
    }
}
