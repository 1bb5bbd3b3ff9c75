package dev.appaloft.api.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What {@code auditEvents.prune} found: {@code matchedCount} events before the cutoff and filters;
 * {@code heldCount} kept by active legal holds ({@code activeHoldIds}), {@code archiveRetainedCount}
 * kept by archives ({@code activeArchiveIds}); the rest are counted by type and, unless a dry run,
 * removed ({@code prunedCount}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEventsPruned(String schemaVersion, String before, String aggregateId, String eventType,
                                boolean dryRun, long matchedCount, long prunedCount, long heldCount,
                                long archiveRetainedCount, Map<String, Long> countsByEventType,
                                Map<String, Long> heldCountsByEventType,
                                Map<String, Long> archiveRetainedCountsByEventType, List<String> activeHoldIds,
                                List<String> activeArchiveIds, String prunedAt) {

    public static final String SCHEMA = "audit-events.prune/v1";
}
