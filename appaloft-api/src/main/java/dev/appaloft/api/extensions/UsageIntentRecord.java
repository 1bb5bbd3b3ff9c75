package dev.appaloft.api.extensions;

import java.util.Map;

/** status {@code accepted|duplicate|rejected|unknown_capability}. */
public record UsageIntentRecord(String schemaVersion, String id, String idempotencyKey, String capabilityKey,
                                String status, String reason, String source, String tenantId, String accountId,
                                String organizationId, ActorRef actor, Map<String, String> resourceRefs,
                                Quantity quantity, String occurredAt, String recordedAt,
                                Map<String, Object> attributes, Map<String, Object> details) {

    public static final String SCHEMA = "usage-intent.record/v1";
}
