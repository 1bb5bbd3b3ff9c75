package dev.appaloft.store.jdbc;

import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * One claim, inside a write transaction. Two index-ordered selects (expired leases, then due
 * pending items) lock their rows, skipping rows another claimer holds on PostgreSQL; on SQLite the
 * transaction already excludes every other writer. The chosen rows are then updated at once.
 */
final class WorkClaims {

    static final String LEASE_EXPIRED_MESSAGE = "the lease expired during the last attempt";

    private static final Comparator<Candidate> DUE_FIRST =
            Comparator.comparingLong(Candidate::due).thenComparing(Candidate::id);
    private static final Comparator<WorkItem> ITEMS_DUE_FIRST =
            Comparator.comparing(WorkItem::nextAttemptAt).thenComparing(WorkItem::id);

    private record Candidate(String id, long due, boolean exhausted) {
    }

    private WorkClaims() {
    }

    static List<WorkItem> claim(Handle handle, SqlDialect dialect, String owner, Set<String> kinds, int max,
            Instant now, Instant expires) {
        String kindFilter = kinds.isEmpty() ? "" : " AND kind IN (" + WorkSql.placeholders(kinds.size()) + ")";
        String order = " ORDER BY next_attempt_at, id LIMIT ?" + dialect.rowLock(true);
        List<Candidate> candidates = new ArrayList<>();
        candidates.addAll(select(handle, "SELECT id, next_attempt_at, attempts, max_attempts FROM work_items WHERE "
                + "status = " + WorkSql.literal(WorkStatus.RUNNING) + " AND lease_expires_at <= ?" + kindFilter + order,
                now, kinds, max));
        // after the expired select: its best plan is a range on the lease index and a small sort
        String hint = dialect.preferIndexOrderForTransaction();
        if (hint != null) {
            handle.execute(hint);
        }
        candidates.addAll(select(handle, "SELECT id, next_attempt_at, 0, 1 FROM work_items WHERE "
                + "status = " + WorkSql.literal(WorkStatus.PENDING) + " AND next_attempt_at <= ?" + kindFilter + order,
                now, kinds, max));
        candidates.sort(DUE_FIRST);
        List<String> exhausted = new ArrayList<>();
        List<String> chosen = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (chosen.size() == max) {
                break;
            }
            (candidate.exhausted() ? exhausted : chosen).add(candidate.id());
        }
        if (!exhausted.isEmpty()) {
            deadLetter(handle, exhausted, now);
        }
        if (chosen.isEmpty()) {
            return List.of();
        }
        Query update = handle.createQuery("UPDATE work_items SET status = " + WorkSql.literal(WorkStatus.RUNNING)
                + ", attempts = attempts + 1, lease_owner = ?, lease_expires_at = ?, started_at = COALESCE(started_at, ?),"
                + " updated_at = ? WHERE id IN (" + WorkSql.placeholders(chosen.size()) + ") RETURNING " + WorkRows.COLUMNS);
        update.bind(0, owner).bind(1, expires.toEpochMilli()).bind(2, now.toEpochMilli()).bind(3, now.toEpochMilli());
        WorkSql.bindFrom(update, 4, chosen);
        List<WorkItem> claimed = new ArrayList<>(update.map(WorkRows::map).list());
        claimed.sort(ITEMS_DUE_FIRST);
        return claimed;
    }

    private static List<Candidate> select(Handle handle, String sql, Instant now, Set<String> kinds, int max) {
        Query query = handle.createQuery(sql).bind(0, now.toEpochMilli());
        int next = WorkSql.bindFrom(query, 1, kinds);
        return query.bind(next, max)
                .map((rs, ctx) -> new Candidate(rs.getString(1), rs.getLong(2), rs.getInt(3) >= rs.getInt(4)))
                .list();
    }

    private static void deadLetter(Handle handle, List<String> ids, Instant now) {
        Update update = handle.createUpdate("UPDATE work_items SET status = " + WorkSql.literal(WorkStatus.DEAD_LETTERED)
                + ", lease_owner = NULL, lease_expires_at = NULL, last_error_phase = 'lease',"
                + " last_error_code = 'lease_expired', last_error_message = ?, finished_at = ?, updated_at = ?"
                + " WHERE id IN (" + WorkSql.placeholders(ids.size()) + ")");
        update.bind(0, LEASE_EXPIRED_MESSAGE).bind(1, now.toEpochMilli()).bind(2, now.toEpochMilli());
        WorkSql.bindFrom(update, 3, ids);
        update.execute();
    }
}
