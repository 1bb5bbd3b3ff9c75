package dev.appaloft.api.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** {@code auditEvents.archives.prune}: matched archives, by source kind and event type ({@code all} when none). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditArchivesPruned(String schemaVersion, String before, String aggregateId, String eventType,
                                  boolean dryRun, long matchedCount, long prunedCount,
                                  Map<String, Long> countsBySourceKind, Map<String, Long> countsByEventType,
                                  String prunedAt) {

    public static final String SCHEMA = "audit-events.archives.prune/v1";
}
