package dev.appaloft.api.extensions;

import java.util.Map;

/** {@code usageIntents.record}: notes that a capability is about to be used (metering); idempotent by key. */
public record RecordUsageIntentInput(String idempotencyKey, String capabilityKey, ActorRef actor, String tenantId,
                                     String accountId, String organizationId, Map<String, String> resourceRefs,
                                     Quantity quantity, String source, String occurredAt,
                                     Map<String, Object> attributes) {
}
