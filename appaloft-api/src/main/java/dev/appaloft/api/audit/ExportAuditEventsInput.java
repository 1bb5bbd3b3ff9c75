package dev.appaloft.api.audit;

/**
 * {@code auditEvents.export}: one aggregate's events (required), oldest first, optionally of one
 * type, created in {@code [from, to)} (ISO instants), at most {@code limit} (1..500, default 100).
 */
public record ExportAuditEventsInput(String aggregateId, String eventType, String from, String to, Integer limit) {

    public static ExportAuditEventsInput of(String aggregateId) {
        return new ExportAuditEventsInput(aggregateId, null, null, null, null);
    }
}
