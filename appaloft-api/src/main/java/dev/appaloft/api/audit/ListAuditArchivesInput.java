package dev.appaloft.api.audit;

/**
 * {@code auditEvents.archives.list}: newest first, optionally of one source aggregate and type,
 * created in {@code [from, to)}; {@code limit} 1..100 (default 50); {@code cursor} a previous {@code nextCursor}.
 */
public record ListAuditArchivesInput(String aggregateId, String eventType, String from, String to, Integer limit,
                                     String cursor) {

    public static ListAuditArchivesInput all() {
        return new ListAuditArchivesInput(null, null, null, null, null, null);
    }
}
