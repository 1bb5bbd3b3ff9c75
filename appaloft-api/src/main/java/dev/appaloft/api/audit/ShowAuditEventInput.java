package dev.appaloft.api.audit;

/** {@code auditEvents.show}: one event; with {@code aggregateId}, only if it is about that aggregate. */
public record ShowAuditEventInput(String auditEventId, String aggregateId) {
}
