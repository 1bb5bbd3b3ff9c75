package dev.appaloft.api.audit;

/**
 * {@code auditEvents.archives.prune}: the organization's archives created before {@code before}
 * (required), optionally of one source aggregate and type. A dry run (the default) only counts.
 * The archived source events are never touched.
 */
public record PruneAuditArchivesInput(String before, String aggregateId, String eventType, Boolean dryRun) {

    public static PruneAuditArchivesInput before(String before, boolean dryRun) {
        return new PruneAuditArchivesInput(before, null, null, dryRun);
    }
}
