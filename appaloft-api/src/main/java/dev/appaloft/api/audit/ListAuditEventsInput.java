package dev.appaloft.api.audit;

/**
 * {@code auditEvents.list}: the organization's audit events, newest first, optionally of one
 * aggregate and one event type; {@code limit} 1..100 (default 50); {@code cursor} a previous page's
 * {@code nextCursor}.
 */
public record ListAuditEventsInput(String aggregateId, String eventType, Integer limit, String cursor) {

    public static ListAuditEventsInput of(String aggregateId) {
        return new ListAuditEventsInput(aggregateId, null, null, null);
    }
}
