package dev.appaloft.api.audit;

/**
 * {@code auditEvents.archives.create}: an immutable, redacted, digested copy of the organization's
 * events of one aggregate ({@code aggregateId}) or of a window ({@code from} and {@code to}, ISO
 * instants, {@code to} exclusive), optionally of one type, at most {@code limit} (1..500, default
 * 100) oldest first. With {@code retainSourceRows}, prune keeps the archived events while the archive exists.
 */
public record CreateAuditArchiveInput(String reason, String aggregateId, String eventType, String from, String to,
                                      Integer limit, Boolean retainSourceRows) {

    public static CreateAuditArchiveInput ofAggregate(String reason, String aggregateId) {
        return new CreateAuditArchiveInput(reason, aggregateId, null, null, null, null, null);
    }
}
