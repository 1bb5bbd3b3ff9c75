package dev.appaloft.api.audit;

/** One audit event in a list: no payload ({@code auditEvents.show} gives its redacted payload). */
public record AuditEventSummary(String auditEventId, String aggregateId, String eventType, String createdAt) {
}
