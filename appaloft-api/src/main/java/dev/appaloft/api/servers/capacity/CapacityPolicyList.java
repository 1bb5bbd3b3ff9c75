package dev.appaloft.api.servers.capacity;

import java.util.List;

public record CapacityPolicyList(String schemaVersion, List<CapacityPolicy> items) {

    public static final String SCHEMA_VERSION = "scheduled-runtime-prune-policies.list/v1";
}
