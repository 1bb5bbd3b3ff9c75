package dev.appaloft.api.audit;

/**
 * {@code auditEvents.prune}: the organization's audit events created before {@code before}
 * (required), optionally of one aggregate and type. A dry run (the default) only counts. Events
 * under an active legal hold, and events an archive retains its source rows for, are kept.
 */
public record PruneAuditEventsInput(String before, String aggregateId, String eventType, Boolean dryRun) {

    public static PruneAuditEventsInput before(String before, boolean dryRun) {
        return new PruneAuditEventsInput(before, null, null, dryRun);
    }
}
