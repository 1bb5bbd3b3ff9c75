package dev.appaloft.api.audit;

/**
 * {@code auditEvents.exportGlobal}: every aggregate's events created in {@code [from, to)} (both
 * required), oldest first, optionally of one aggregate and type, at most {@code limit} (1..500,
 * default 100). The instance owner (an owner of the built-in organization) sees every
 * organization's events; anyone else, their own organization's.
 */
public record ExportGlobalAuditEventsInput(String aggregateId, String eventType, String from, String to,
                                           Integer limit) {

    public static ExportGlobalAuditEventsInput window(String from, String to) {
        return new ExportGlobalAuditEventsInput(null, null, from, to, null);
    }
}
