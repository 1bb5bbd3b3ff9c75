package dev.appaloft.api.store.work;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * One stored unit of work. {@code leaseOwner}/{@code leaseExpiresAt} are set only while it is
 * {@code running}; {@code attempts} counts claims; {@code note} is the last operator reason;
 * {@code startedAt} is the first claim and {@code finishedAt} the move into a terminal status.
 * Times are kept to the millisecond.
 */
public record WorkItem(
        String id,
        String kind,
        String payload,
        String idempotencyKey,
        String organizationId,
        Map<String, String> references,
        WorkStatus status,
        int attempts,
        int maxAttempts,
        Instant nextAttemptAt,
        String leaseOwner,
        Instant leaseExpiresAt,
        WorkError lastError,
        String retryOfId,
        String note,
        Instant createdAt,
        Instant updatedAt,
        Instant startedAt,
        Instant finishedAt) {

    public WorkItem {
        references = references == null ? Map.of() : Map.copyOf(references);
    }

    /**
     * A new pending item for {@code request}, enqueued at {@code now} (both kept to the
     * millisecond), due at its {@code notBefore} or now. {@code note} is an operator's reason, if any.
     */
    public static WorkItem pending(String id, WorkRequest request, Instant now, String note) {
        Instant created = now.truncatedTo(ChronoUnit.MILLIS);
        Instant due = request.notBefore() == null ? created : request.notBefore().truncatedTo(ChronoUnit.MILLIS);
        return new WorkItem(id, request.kind(), request.payload(), request.idempotencyKey(),
                request.organizationId(), request.references(), WorkStatus.PENDING, 0, request.maxAttempts(), due,
                null, null, null, request.retryOfId(), WorkTexts.optionalNote(note), created, created, null, null);
    }

    /** Whether {@code owner} holds the item's lease (live or expired but not yet taken over). */
    public boolean heldBy(String owner) {
        return status == WorkStatus.RUNNING && owner != null && owner.equals(leaseOwner);
    }
}
