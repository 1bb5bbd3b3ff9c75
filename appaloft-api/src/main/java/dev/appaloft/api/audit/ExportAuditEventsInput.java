package dev.appaloft.api.audit;

/**
 * {@code auditEvents.export}: one aggregate's events (required), oldest first, optionally of one
 * type, created in {@code [from, to)} (ISO instants), at most {@code limit} (1..500, default 100).
 *
 * <p>{@code format} (over HTTP: the request's {@code Accept}) chooses the answer: {@code json}
 * (default) is the spec's bounded document; {@code ndjson} ({@code application/x-ndjson}) or
 * {@code csv} ({@code text/csv}) stream every matching event, or the first {@code limit}, in constant
 * memory: see {@link AuditEventExport#streamed()}.
 */
public record ExportAuditEventsInput(String aggregateId, String eventType, String from, String to, Integer limit,
                                     String format) {

    public ExportAuditEventsInput(String aggregateId, String eventType, String from, String to, Integer limit) {
        this(aggregateId, eventType, from, to, limit, null);
    }

    public static ExportAuditEventsInput of(String aggregateId) {
        return new ExportAuditEventsInput(aggregateId, null, null, null, null, null);
    }

    /** This export, answered as a stream in {@code format} ({@code ndjson} or {@code csv}). */
    public ExportAuditEventsInput streamedAs(String format) {
        return new ExportAuditEventsInput(aggregateId, eventType, from, to, limit, format);
    }
}
