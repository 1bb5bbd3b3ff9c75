package dev.appaloft.api.audit;

/** {@code auditEvents.archives.create}. */
public record AuditArchiveCreated(String schemaVersion, AuditArchiveSummary archive) {

    public static final String SCHEMA = "audit-events.archives.archive/v1";
}
