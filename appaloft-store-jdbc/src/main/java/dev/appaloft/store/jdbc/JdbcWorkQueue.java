package dev.appaloft.store.jdbc;

import dev.appaloft.api.store.StoreUnavailableException;
import dev.appaloft.api.store.work.PruneResult;
import dev.appaloft.api.store.work.WorkAction;
import dev.appaloft.api.store.work.WorkArguments;
import dev.appaloft.api.store.work.WorkError;
import dev.appaloft.api.store.work.WorkFilter;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkItemIds;
import dev.appaloft.api.store.work.WorkQueue;
import dev.appaloft.api.store.work.WorkRequest;
import dev.appaloft.api.store.work.WorkStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The work queue on {@code work_items}. Worker calls (renew, complete, fail) are single
 * conditional updates: the {@code WHERE} names the holder, so a stale holder's update matches
 * nothing. Claims and operator actions are short write transactions that lock the rows they decide
 * on ({@link SqlDialect#rowLock}). On SQLite, writes that arrive together share one commit
 * ({@link GroupCommit}); on PostgreSQL each runs on its own pooled connection.
 */
final class JdbcWorkQueue implements WorkQueue {

    private static final String RUNNING = WorkSql.literal(WorkStatus.RUNNING);
    private static final String HELD = " WHERE id = ? AND status = " + RUNNING + " AND lease_owner = ?";
    private static final String RENEW = "UPDATE work_items SET lease_expires_at = ?, updated_at = ?" + HELD
            + " AND lease_expires_at > ?";
    private static final String COMPLETE = "UPDATE work_items SET status = " + WorkSql.literal(WorkStatus.SUCCEEDED)
            + ", lease_owner = NULL, lease_expires_at = NULL, finished_at = ?, updated_at = ?" + HELD;
    private static final String FAIL = "UPDATE work_items SET status = " + WorkSql.literal(WorkStatus.FAILED)
            + ", lease_owner = NULL, lease_expires_at = NULL, last_error_phase = ?, last_error_code = ?,"
            + " last_error_message = ?, finished_at = ?, updated_at = ?" + HELD;
    // every SET expression sees the row before the update, so all three CASEs agree
    private static final String FAIL_RETRIABLE = "UPDATE work_items SET"
            + " status = CASE WHEN attempts < max_attempts THEN " + WorkSql.literal(WorkStatus.PENDING)
            + " ELSE " + WorkSql.literal(WorkStatus.DEAD_LETTERED) + " END,"
            + " next_attempt_at = CASE WHEN attempts < max_attempts THEN ? ELSE next_attempt_at END,"
            + " finished_at = CASE WHEN attempts < max_attempts THEN NULL ELSE ? END,"
            + " lease_owner = NULL, lease_expires_at = NULL, last_error_phase = ?, last_error_code = ?,"
            + " last_error_message = ?, updated_at = ?" + HELD;
    private static final String FIND = "SELECT " + WorkRows.COLUMNS + " FROM work_items WHERE id = ?";
    private static final String FINISH = "UPDATE work_items SET status = ?, lease_owner = NULL, lease_expires_at = NULL,"
            + " note = ?, finished_at = ?, updated_at = ? WHERE id = ? RETURNING " + WorkRows.COLUMNS;

    private final Jdbi writer;
    private final Jdbi reader;
    private final SqlDialect dialect;
    private final Clock clock;
    private final BooleanSupplier insideTransaction;
    private final GroupCommit groupCommit;

    JdbcWorkQueue(Jdbi writer, Jdbi reader, SqlDialect dialect, Clock clock, BooleanSupplier insideTransaction) {
        this.writer = writer;
        this.reader = reader;
        this.dialect = dialect;
        this.clock = clock;
        this.insideTransaction = insideTransaction;
        this.groupCommit = dialect == SqlDialect.SQLITE ? new GroupCommit(writer) : null;
    }

    @Override
    public WorkItem enqueue(WorkRequest request) {
        Objects.requireNonNull(request, "request");
        return write(handle -> handle.inTransaction(h -> enqueueOn(h, request)));
    }

    /** Enqueues on {@code handle}, inside the caller's transaction (a store transaction, or enqueue's own). */
    WorkItem enqueueOn(Handle handle, WorkRequest request) {
        Objects.requireNonNull(request, "request");
        for (int attempt = 0; attempt < 3; attempt++) {
            WorkItem stored = WorkInserts.insert(handle, WorkItem.pending(WorkItemIds.next(), request, now(), null));
            if (stored != null) {
                return stored;
            }
        }
        throw new StoreUnavailableException("the work item holding the idempotency key keeps vanishing", null);
    }

    @Override
    public List<WorkItem> claim(String owner, Set<String> kinds, int max, Duration lease) {
        WorkArguments.owner(owner);
        Set<String> wanted = WorkArguments.kinds(kinds);
        WorkArguments.claimMax(max);
        WorkArguments.lease(lease);
        return write(handle -> handle.inTransaction(h -> {
            Instant now = now();
            return WorkClaims.claim(h, dialect, owner, wanted, max, now, expiry(now, lease));
        }));
    }

    @Override
    public boolean renew(String id, String owner, Duration lease) {
        WorkArguments.id(id);
        WorkArguments.owner(owner);
        WorkArguments.lease(lease);
        Instant now = now();
        return write(h -> h.createUpdate(RENEW).bind(0, expiry(now, lease).toEpochMilli()).bind(1, now.toEpochMilli())
                .bind(2, id).bind(3, owner).bind(4, now.toEpochMilli()).execute() == 1);
    }

    @Override
    public boolean complete(String id, String owner) {
        WorkArguments.id(id);
        WorkArguments.owner(owner);
        long now = now().toEpochMilli();
        return write(h -> h.createUpdate(COMPLETE).bind(0, now).bind(1, now).bind(2, id).bind(3, owner)
                .execute() == 1);
    }

    @Override
    public boolean fail(String id, String owner, WorkError error, Duration retryDelay, boolean retriable) {
        WorkArguments.id(id);
        WorkArguments.owner(owner);
        WorkArguments.error(error);
        WorkArguments.retryDelay(retryDelay);
        Instant now = now();
        long at = now.toEpochMilli();
        if (!retriable) {
            return write(h -> h.createUpdate(FAIL).bind(0, error.phase()).bind(1, error.code())
                    .bind(2, error.message()).bind(3, at).bind(4, at).bind(5, id).bind(6, owner).execute() == 1);
        }
        long due = now.plus(retryDelay).truncatedTo(ChronoUnit.MILLIS).toEpochMilli();
        return write(h -> h.createUpdate(FAIL_RETRIABLE).bind(0, due).bind(1, at).bind(2, error.phase())
                .bind(3, error.code()).bind(4, error.message()).bind(5, at).bind(6, id).bind(7, owner)
                .execute() == 1);
    }

    @Override
    public Optional<WorkItem> find(String id) {
        WorkArguments.id(id);
        return read(h -> h.createQuery(FIND).bind(0, id).map(WorkRows::map).findOne());
    }

    @Override
    public List<WorkItem> list(WorkFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return read(h -> WorkListing.list(h, filter));
    }

    @Override
    public long count(WorkFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return read(h -> WorkListing.count(h, filter));
    }

    @Override
    public Optional<WorkItem> cancel(String id, String reason) {
        return finish(id, reason, WorkAction.CANCEL);
    }

    @Override
    public Optional<WorkItem> deadLetter(String id, String reason) {
        return finish(id, reason, WorkAction.DEAD_LETTER);
    }

    @Override
    public Optional<WorkItem> markRecovered(String id, String reason) {
        return finish(id, reason, WorkAction.MARK_RECOVERED);
    }

    @Override
    public Optional<WorkItem> retry(String id, String reason) {
        WorkArguments.id(id);
        WorkArguments.reason(reason);
        return write(handle -> handle.inTransaction(h -> locked(h, id).map(original -> {
            WorkAction.RETRY.requireAllowed(original);
            return WorkInserts.insert(h, WorkItem.pending(WorkItemIds.next(), WorkRequest.retryOf(original), now(),
                    reason));
        })));
    }

    @Override
    public PruneResult prune(String organizationId, Instant before, Set<WorkStatus> statuses, boolean dryRun) {
        Instant cutoff = WorkArguments.cutoff(before);
        Set<WorkStatus> eligible = WorkArguments.pruneStatuses(statuses);
        return write(h -> WorkListing.prune(h, organizationId, eligible, cutoff, dryRun));
    }

    private Optional<WorkItem> finish(String id, String reason, WorkAction action) {
        WorkArguments.id(id);
        WorkArguments.reason(reason);
        return write(handle -> handle.inTransaction(h -> locked(h, id).map(item -> {
            action.requireAllowed(item);
            long now = now().toEpochMilli();
            return h.createQuery(FINISH).bind(0, action.result().wire()).bind(1, reason).bind(2, now).bind(3, now)
                    .bind(4, id).map(WorkRows::map).one();
        })));
    }

    /** The item, locked until the transaction ends, so the decision made on it still holds at the update. */
    private Optional<WorkItem> locked(Handle handle, String id) {
        return handle.createQuery(FIND + dialect.rowLock(false)).bind(0, id).map(WorkRows::map).findOne();
    }

    private <T> T write(Function<Handle, T> call) {
        requireOutsideTransaction();
        try {
            return groupCommit != null ? groupCommit.run(call) : writer.withHandle(call::apply);
        } catch (JdbiException e) {
            throw new StoreUnavailableException("work queue write failed: " + e.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(Function<Handle, T> call) {
        requireOutsideTransaction();
        try {
            return reader.withHandle(call::apply);
        } catch (JdbiException e) {
            throw new StoreUnavailableException("work queue read failed: " + e.getClass().getSimpleName(), e);
        }
    }

    // on SQLite the transaction holds the only writer connection: waiting for it would stall until the pool times out
    private void requireOutsideTransaction() {
        if (insideTransaction.getAsBoolean()) {
            throw new IllegalStateException("work queue calls run outside Store.transaction; "
                    + "inside one, use StoreTransaction.enqueue");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Instant expiry(Instant now, Duration lease) {
        return now.plus(lease).truncatedTo(ChronoUnit.MILLIS);
    }
}
