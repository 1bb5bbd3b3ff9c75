package dev.appaloft.store.memory;

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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The work queue in memory. It shares the store's writer lock, so a transaction's enqueue checks
 * idempotency keys and publishes its items under the same lock every other queue call takes: no
 * enqueue can slip in between a transaction's check and its commit.
 */
final class MemoryWorkQueue implements WorkQueue {

    private final Clock clock;
    private final ReentrantLock lock;
    private final Map<String, WorkItem> items = new HashMap<>();
    private final Map<String, String> idsByKey = new HashMap<>();

    MemoryWorkQueue(Clock clock, ReentrantLock lock) {
        this.clock = clock;
        this.lock = lock;
    }

    @Override
    public WorkItem enqueue(WorkRequest request) {
        Objects.requireNonNull(request, "request");
        return locked(() -> {
            WorkItem existing = byKey(request.idempotencyKey());
            if (existing != null) {
                return existing;
            }
            WorkItem item = WorkItem.pending(WorkItemIds.next(), request, now(), null);
            put(item);
            return item;
        });
    }

    /** A transaction's enqueue: the caller holds the store's writer lock until it commits or not. */
    WorkItem enqueueIn(PendingWrites pending, WorkRequest request) {
        Objects.requireNonNull(request, "request");
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("enqueueIn outside the store's transaction");
        }
        WorkItem existing = byKey(request.idempotencyKey());
        if (existing == null && request.idempotencyKey() != null) {
            existing = pending.enqueuedWithKey(request.idempotencyKey());
        }
        if (existing != null) {
            return existing;
        }
        WorkItem item = WorkItem.pending(WorkItemIds.next(), request, now(), null);
        pending.enqueue(item);
        return item;
    }

    /** Publishes a committed transaction's items; the caller holds the writer lock. */
    void publish(List<WorkItem> enqueued) {
        enqueued.forEach(this::put);
    }

    @Override
    public List<WorkItem> claim(String owner, Set<String> kinds, int max, Duration lease) {
        WorkArguments.owner(owner);
        Set<String> wanted = WorkArguments.kinds(kinds);
        WorkArguments.claimMax(max);
        WorkArguments.lease(lease);
        return locked(() -> {
            Instant now = now();
            Instant expires = now.plus(lease).truncatedTo(ChronoUnit.MILLIS);
            List<WorkItem> due = items.values().stream()
                    .filter(item -> wanted.isEmpty() || wanted.contains(item.kind()))
                    .filter(item -> isDue(item, now))
                    .sorted(WorkItemSelection.DUE_FIRST).toList();
            List<WorkItem> claimed = new ArrayList<>();
            for (Iterator<WorkItem> it = due.iterator(); it.hasNext() && claimed.size() < max; ) {
                WorkItem item = it.next();
                if (item.status() == WorkStatus.RUNNING && item.attempts() >= item.maxAttempts()) {
                    put(new WorkItemChange(item).finished(WorkStatus.DEAD_LETTERED, now)
                            .error(leaseExpired(item)).at(now));
                } else {
                    WorkItem taken = new WorkItemChange(item).claimed(owner, now, expires).at(now);
                    put(taken);
                    claimed.add(taken);
                }
            }
            return List.copyOf(claimed);
        });
    }

    @Override
    public boolean renew(String id, String owner, Duration lease) {
        WorkArguments.id(id);
        WorkArguments.owner(owner);
        WorkArguments.lease(lease);
        return locked(() -> {
            WorkItem item = items.get(id);
            Instant now = now();
            if (item == null || !item.heldBy(owner) || !item.leaseExpiresAt().isAfter(now)) {
                return false;
            }
            put(new WorkItemChange(item).leaseUntil(now.plus(lease).truncatedTo(ChronoUnit.MILLIS)).at(now));
            return true;
        });
    }

    @Override
    public boolean complete(String id, String owner) {
        WorkArguments.id(id);
        WorkArguments.owner(owner);
        return locked(() -> {
            WorkItem item = items.get(id);
            if (item == null || !item.heldBy(owner)) {
                return false;
            }
            Instant now = now();
            put(new WorkItemChange(item).finished(WorkStatus.SUCCEEDED, now).at(now));
            return true;
        });
    }

    @Override
    public boolean fail(String id, String owner, WorkError error, Duration retryDelay, boolean retriable) {
        WorkArguments.id(id);
        WorkArguments.owner(owner);
        WorkArguments.error(error);
        WorkArguments.retryDelay(retryDelay);
        return locked(() -> {
            WorkItem item = items.get(id);
            if (item == null || !item.heldBy(owner)) {
                return false;
            }
            Instant now = now();
            WorkItemChange change = new WorkItemChange(item).error(error);
            if (!retriable) {
                change.finished(WorkStatus.FAILED, now);
            } else if (item.attempts() < item.maxAttempts()) {
                change.retryAt(now.plus(retryDelay).truncatedTo(ChronoUnit.MILLIS));
            } else {
                change.finished(WorkStatus.DEAD_LETTERED, now);
            }
            put(change.at(now));
            return true;
        });
    }

    @Override
    public Optional<WorkItem> find(String id) {
        WorkArguments.id(id);
        return locked(() -> Optional.ofNullable(items.get(id)));
    }

    @Override
    public List<WorkItem> list(WorkFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return locked(() -> WorkItemSelection.list(items.values(), filter));
    }

    @Override
    public long count(WorkFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return locked(() -> WorkItemSelection.count(items.values(), filter));
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
        return locked(() -> Optional.ofNullable(items.get(id)).map(original -> {
            WorkAction.RETRY.requireAllowed(original);
            WorkItem copy = WorkItem.pending(WorkItemIds.next(), WorkRequest.retryOf(original), now(), reason);
            put(copy);
            return copy;
        }));
    }

    @Override
    public PruneResult prune(String organizationId, Instant before, Set<WorkStatus> statuses, boolean dryRun) {
        Instant cutoff = WorkArguments.cutoff(before);
        Set<WorkStatus> eligible = WorkArguments.pruneStatuses(statuses);
        return locked(() -> {
            Map<WorkStatus, Long> counts = new EnumMap<>(WorkStatus.class);
            for (Iterator<WorkItem> it = items.values().iterator(); it.hasNext(); ) {
                WorkItem item = it.next();
                if (eligible.contains(item.status()) && item.finishedAt() != null
                        && (organizationId == null || organizationId.equals(item.organizationId()))
                        && item.finishedAt().isBefore(cutoff)) {
                    counts.merge(item.status(), 1L, Long::sum);
                    if (!dryRun) {
                        it.remove();
                        if (item.idempotencyKey() != null) {
                            idsByKey.remove(item.idempotencyKey());
                        }
                    }
                }
            }
            return PruneResult.of(counts, dryRun);
        });
    }

    private Optional<WorkItem> finish(String id, String reason, WorkAction action) {
        WorkArguments.id(id);
        WorkArguments.reason(reason);
        return locked(() -> Optional.ofNullable(items.get(id)).map(item -> {
            action.requireAllowed(item);
            Instant now = now();
            WorkItem done = new WorkItemChange(item).finished(action.result(), now).note(reason).at(now);
            put(done);
            return done;
        }));
    }

    private static boolean isDue(WorkItem item, Instant now) {
        return switch (item.status()) {
            case PENDING -> !item.nextAttemptAt().isAfter(now);
            case RUNNING -> !item.leaseExpiresAt().isAfter(now);
            default -> false;
        };
    }

    private static WorkError leaseExpired(WorkItem item) {
        return new WorkError("lease", "lease_expired",
                "the lease expired during the last attempt");
    }

    private WorkItem byKey(String key) {
        String id = key == null ? null : idsByKey.get(key);
        return id == null ? null : items.get(id);
    }

    private void put(WorkItem item) {
        items.put(item.id(), item);
        if (item.idempotencyKey() != null) {
            idsByKey.put(item.idempotencyKey(), item.id());
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private <T> T locked(Supplier<T> call) {
        // held here only by a running transaction: refused as the JDBC store refuses it
        if (lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("work queue calls run outside Store.transaction; "
                    + "inside one, use StoreTransaction.enqueue");
        }
        lock.lock();
        try {
            return call.get();
        } finally {
            lock.unlock();
        }
    }
}
