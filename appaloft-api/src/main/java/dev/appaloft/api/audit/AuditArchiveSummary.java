package dev.appaloft.api.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An archive without its items; {@code contentDigest} is {@code sha256:<hex>} of its items. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditArchiveSummary(String archiveId, String archiveSchemaVersion, AuditScope source, String eventType,
                                  String reason, int itemCount, boolean truncated, String contentDigest,
                                  boolean retainSourceRows, String createdAt) {

    public static final String ARCHIVE_SCHEMA = "audit-events.archive/v1";
}
