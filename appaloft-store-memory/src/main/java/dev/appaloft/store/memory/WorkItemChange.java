package dev.appaloft.store.memory;

import dev.appaloft.api.store.work.WorkError;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkStatus;
import java.time.Instant;

/** A work item being changed: the fields a transition touches, then a new immutable item. */
final class WorkItemChange {

    private final WorkItem from;
    private WorkStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private String leaseOwner;
    private Instant leaseExpiresAt;
    private WorkError lastError;
    private String note;
    private Instant startedAt;
    private Instant finishedAt;

    WorkItemChange(WorkItem from) {
        this.from = from;
        this.status = from.status();
        this.attempts = from.attempts();
        this.nextAttemptAt = from.nextAttemptAt();
        this.leaseOwner = from.leaseOwner();
        this.leaseExpiresAt = from.leaseExpiresAt();
        this.lastError = from.lastError();
        this.note = from.note();
        this.startedAt = from.startedAt();
        this.finishedAt = from.finishedAt();
    }

    /** Taken by {@code owner}: one more attempt, a fresh lease. */
    WorkItemChange claimed(String owner, Instant now, Instant expires) {
        status = WorkStatus.RUNNING;
        attempts++;
        leaseOwner = owner;
        leaseExpiresAt = expires;
        if (startedAt == null) {
            startedAt = now;
        }
        return this;
    }

    WorkItemChange leaseUntil(Instant expires) {
        leaseExpiresAt = expires;
        return this;
    }

    /** Pending again, due at {@code due}, with no lease. */
    WorkItemChange retryAt(Instant due) {
        status = WorkStatus.PENDING;
        nextAttemptAt = due;
        return released();
    }

    /** Into a terminal status at {@code now}, with no lease. */
    WorkItemChange finished(WorkStatus terminal, Instant now) {
        status = terminal;
        finishedAt = now;
        return released();
    }

    WorkItemChange error(WorkError error) {
        lastError = error;
        return this;
    }

    WorkItemChange note(String reason) {
        note = reason;
        return this;
    }

    WorkItem at(Instant now) {
        return new WorkItem(from.id(), from.kind(), from.payload(), from.idempotencyKey(), from.organizationId(),
                from.references(), status, attempts, from.maxAttempts(), nextAttemptAt, leaseOwner, leaseExpiresAt,
                lastError, from.retryOfId(), note, from.createdAt(), now, startedAt, finishedAt);
    }

    private WorkItemChange released() {
        leaseOwner = null;
        leaseExpiresAt = null;
        return this;
    }
}
