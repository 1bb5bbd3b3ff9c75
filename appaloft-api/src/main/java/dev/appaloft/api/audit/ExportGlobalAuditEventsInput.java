package dev.appaloft.api.audit;

/**
 * {@code auditEvents.exportGlobal}: every aggregate's events created in {@code [from, to)} (both
 * required), oldest first, optionally of one aggregate and type, at most {@code limit} (1..500,
 * default 100). The instance owner (an owner of the built-in organization) sees every
 * organization's events; anyone else, their own organization's. {@code format} as in
 * {@link ExportAuditEventsInput}: {@code ndjson} or {@code csv} streams the whole window.
 */
public record ExportGlobalAuditEventsInput(String aggregateId, String eventType, String from, String to,
                                           Integer limit, String format) {

    public ExportGlobalAuditEventsInput(String aggregateId, String eventType, String from, String to, Integer limit) {
        this(aggregateId, eventType, from, to, limit, null);
    }

    public static ExportGlobalAuditEventsInput window(String from, String to) {
        return new ExportGlobalAuditEventsInput(null, null, from, to, null, null);
    }

    /** This export, answered as a stream in {@code format} ({@code ndjson} or {@code csv}). */
    public ExportGlobalAuditEventsInput streamedAs(String format) {
        return new ExportGlobalAuditEventsInput(aggregateId, eventType, from, to, limit, format);
    }
}
