package dev.appaloft.api.audit;

/** {@code auditEvents.show}. */
public record AuditEventShown(String schemaVersion, AuditEventDetail event) {

    public static final String SCHEMA = "audit-events.show/v1";
}
