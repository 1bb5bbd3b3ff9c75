package dev.appaloft.api.audit;

/** {@code auditEvents.archives.show}. */
public record ShowAuditArchiveInput(String archiveId) {
}
