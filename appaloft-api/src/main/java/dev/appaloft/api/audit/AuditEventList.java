package dev.appaloft.api.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code auditEvents.list}: a page, newest first; {@code nextCursor} when there is more. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEventList(String schemaVersion, List<AuditEventSummary> items, String nextCursor,
                             String generatedAt) {

    public static final String SCHEMA = "audit-events.list/v1";
}
