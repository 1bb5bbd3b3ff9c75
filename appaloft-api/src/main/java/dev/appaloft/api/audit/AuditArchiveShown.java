package dev.appaloft.api.audit;

/** {@code auditEvents.archives.show}: the archive with its items. */
public record AuditArchiveShown(String schemaVersion, AuditArchiveDetail archive, String generatedAt) {

    public static final String SCHEMA = "audit-events.archives.show/v1";
}
