package dev.appaloft.api.retention;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * What {@code domainEvents.prune} looked at: {@code inspectedCount} events matched the cutoff and
 * filters, of which {@code candidateCount} may go (by event type in {@code countsByEventType}) and
 * {@code skippedCount} are kept (by reason in {@code skippedCountsByReason}); {@code prunedCount}
 * were removed (0 in a dry run). The filters given are echoed back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DomainEventsPruned(String schemaVersion, String before, String eventType, String aggregateId,
                                 String aggregateType, String deploymentId, Integer limit, boolean dryRun,
                                 long inspectedCount, long candidateCount, long prunedCount, long skippedCount,
                                 Map<String, Long> countsByEventType, Map<String, Long> skippedCountsByReason,
                                 String prunedAt) {

    public static final String SCHEMA_VERSION = "domain-events.prune/v1";
    /** Kept: the event is about a deployment that has not finished. */
    public static final String SKIPPED_DEPLOYMENT_ACTIVE = "deployment-not-finished";
}
