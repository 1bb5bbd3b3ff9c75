package dev.appaloft.api.servers.capacity;

import com.fasterxml.jackson.annotation.JsonInclude;

public record CapacityPolicyShown(String schemaVersion, @JsonInclude(JsonInclude.Include.ALWAYS) CapacityPolicy policy) {

    public static final String SCHEMA_VERSION = "scheduled-runtime-prune-policies.show/v1";
}
