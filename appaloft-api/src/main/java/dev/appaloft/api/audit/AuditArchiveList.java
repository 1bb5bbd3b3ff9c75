package dev.appaloft.api.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code auditEvents.archives.list}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditArchiveList(String schemaVersion, List<AuditArchiveSummary> items, String nextCursor,
                               String generatedAt) {

    public static final String SCHEMA = "audit-events.archives.list/v1";
}
