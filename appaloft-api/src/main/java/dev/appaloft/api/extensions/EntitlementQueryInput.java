package dev.appaloft.api.extensions;

import java.util.List;
import java.util.Map;

/** {@code entitlements.query}: is the caller's organization entitled to these capabilities (plans, billing)? */
public record EntitlementQueryInput(List<Query> queries) {

    public record Query(String capabilityKey, ActorRef actor, String tenantId, String accountId, String organizationId,
                        Map<String, String> resourceRefs, Map<String, Object> attributes) {
    }
}
