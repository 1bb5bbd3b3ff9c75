package dev.appaloft.store.jdbc;

import dev.appaloft.api.store.work.WorkItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/** Inserts of work items and their references, on the caller's handle (a transaction or not). */
final class WorkInserts {

    // a taken key inserts nothing (PostgreSQL first waits for the holder's transaction to end)
    private static final String INSERT = "INSERT INTO work_items (" + WorkRows.COLUMNS + ") VALUES ("
            + WorkRows.PLACEHOLDERS + ") ON CONFLICT (idempotency_key) DO NOTHING";
    private static final String BY_KEY = "SELECT " + WorkRows.COLUMNS + " FROM work_items WHERE idempotency_key = ?";
    private static final String REFS = "INSERT INTO work_item_refs (item_id, ref_key, ref_value) VALUES ";

    private WorkInserts() {
    }

    /**
     * Inserts {@code item}, or returns the item that holds its idempotency key; null in the rare case
     * the holder was pruned between the two statements (then the caller tries again).
     */
    static WorkItem insert(Handle handle, WorkItem item) {
        if (bind(handle.createUpdate(INSERT), item).execute() == 1) {
            insertReferences(handle, item);
            return item;
        }
        return handle.createQuery(BY_KEY).bind(0, item.idempotencyKey()).map(WorkRows::map).findOne().orElse(null);
    }

    private static void insertReferences(Handle handle, WorkItem item) {
        if (item.references().isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder(REFS);
        List<String> args = new ArrayList<>();
        for (Map.Entry<String, String> ref : item.references().entrySet()) {
            sql.append(args.isEmpty() ? "(?, ?, ?)" : ", (?, ?, ?)");
            args.add(item.id());
            args.add(ref.getKey());
            args.add(ref.getValue());
        }
        Update update = handle.createUpdate(sql.toString());
        for (int i = 0; i < args.size(); i++) {
            update.bind(i, args.get(i));
        }
        update.execute();
    }

    private static Update bind(Update update, WorkItem item) {
        String phase = item.lastError() == null ? null : item.lastError().phase();
        String code = item.lastError() == null ? null : item.lastError().code();
        String message = item.lastError() == null ? null : item.lastError().message();
        return update.bind(0, item.id()).bind(1, item.kind()).bind(2, item.status().wire()).bind(3, item.payload())
                .bind(4, item.idempotencyKey()).bind(5, item.organizationId())
                .bind(6, WorkRows.encode(item.references())).bind(7, item.attempts()).bind(8, item.maxAttempts())
                .bind(9, WorkRows.millis(item.nextAttemptAt())).bind(10, item.leaseOwner())
                .bind(11, WorkRows.millis(item.leaseExpiresAt())).bind(12, phase).bind(13, code).bind(14, message)
                .bind(15, item.note()).bind(16, item.retryOfId()).bind(17, WorkRows.millis(item.createdAt()))
                .bind(18, WorkRows.millis(item.updatedAt())).bind(19, WorkRows.millis(item.startedAt()))
                .bind(20, WorkRows.millis(item.finishedAt()));
    }
}
