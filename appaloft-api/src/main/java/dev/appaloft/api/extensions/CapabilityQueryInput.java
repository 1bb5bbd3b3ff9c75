package dev.appaloft.api.extensions;

import java.util.List;
import java.util.Map;

/** {@code capabilities.query}: may the caller run these operations? Answered from the access table. */
public record CapabilityQueryInput(List<Query> queries) {

    public record Query(String operationKey, String organizationId, Map<String, String> resourceRefs) {
    }

    public static CapabilityQueryInput of(String... operationKeys) {
        return new CapabilityQueryInput(java.util.Arrays.stream(operationKeys).map(k -> new Query(k, null, null)).toList());
    }
}
