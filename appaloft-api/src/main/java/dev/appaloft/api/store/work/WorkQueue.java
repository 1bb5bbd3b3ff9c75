package dev.appaloft.api.store.work;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A durable queue of work items shared by every process on the store. Workers {@link #claim} due
 * items under a lease, then {@link #complete} or {@link #fail} them; a worker that dies leaves its
 * items to be claimed again once their leases expire. An item is never held by two owners at once.
 *
 * <p>Every call is atomic on its own and judges time with the store's clock. Call it outside
 * {@code Store.transaction}; inside one, enqueue through {@code StoreTransaction.enqueue} so the
 * item commits with the transaction's other writes.
 */
public interface WorkQueue {

    /**
     * Stores a new {@code pending} item with no attempts, due at {@code notBefore} (or now). When
     * {@code request.idempotencyKey()} is held by an item (of any status, until pruned), returns that
     * item unchanged instead; concurrent enqueues with one key create exactly one item.
     */
    WorkItem enqueue(WorkRequest request);

    /**
     * Takes up to {@code max} items of {@code kinds} (empty: any kind) that are pending and due, or
     * running with an expired lease, oldest {@code nextAttemptAt} first. Each comes back running
     * under {@code owner}'s lease for {@code lease}, with one more attempt. An expired item that has
     * used all its attempts is dead-lettered (error {@code lease}/{@code lease_expired}) instead.
     */
    List<WorkItem> claim(String owner, Set<String> kinds, int max, Duration lease);

    /** Extends {@code owner}'s live lease on a running item; false when it is not live or not theirs. */
    boolean renew(String id, String owner, Duration lease);

    /**
     * Marks the item succeeded if it is running under {@code owner}'s lease, even an expired one
     * nobody has taken over. False when it was canceled or claimed by another owner meanwhile.
     */
    boolean complete(String id, String owner);

    /**
     * Records {@code error} on an item running under {@code owner}'s lease (same check as
     * {@link #complete}). Retriable with attempts left: pending again, due after {@code retryDelay};
     * retriable without attempts left: dead-lettered; not retriable: failed.
     */
    boolean fail(String id, String owner, WorkError error, Duration retryDelay, boolean retriable);

    Optional<WorkItem> find(String id);

    /** Items matching {@code filter}, newest first, at most its limit. */
    List<WorkItem> list(WorkFilter filter);

    /** How many items match {@code filter} (cursor and limit ignored). */
    long count(WorkFilter filter);

    /**
     * Cancels a pending or running item; a running holder's later complete or fail returns false.
     * Empty when the id is unknown; {@link WorkStateException} when the status does not allow it.
     */
    Optional<WorkItem> cancel(String id, String reason);

    /** Dead-letters a pending, running or failed item; empty and exceptions as for {@link #cancel}. */
    Optional<WorkItem> deadLetter(String id, String reason);

    /** Marks a failed or dead-lettered item as handled by hand; as for {@link #cancel}. */
    Optional<WorkItem> markRecovered(String id, String reason);

    /**
     * Enqueues a new pending copy (kind, payload, organization, references, max attempts, no
     * idempotency key) of a failed, dead-lettered or canceled item, with {@code retryOfId} = id,
     * and returns it. The original is left as it is.
     */
    Optional<WorkItem> retry(String id, String reason);

    /**
     * Removes items in terminal {@code statuses} (empty: every terminal status) that finished before
     * {@code before}; with {@code dryRun} only counts them.
     *
     * @throws IllegalArgumentException when {@code statuses} names a non-terminal status
     */
    default PruneResult prune(Instant before, Set<WorkStatus> statuses, boolean dryRun) {
        return prune(null, before, statuses, dryRun);
    }

    /** As {@link #prune(Instant, Set, boolean)}, of one organization's items only (null: every item). */
    PruneResult prune(String organizationId, Instant before, Set<WorkStatus> statuses, boolean dryRun);
}
