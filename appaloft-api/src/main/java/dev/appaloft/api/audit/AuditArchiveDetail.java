package dev.appaloft.api.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An archive with the redacted events it holds, oldest first. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditArchiveDetail(String archiveId, String archiveSchemaVersion, AuditScope source, String eventType,
                                 String reason, int itemCount, boolean truncated, String contentDigest,
                                 boolean retainSourceRows, String createdAt, List<AuditEventDetail> items) {
}
