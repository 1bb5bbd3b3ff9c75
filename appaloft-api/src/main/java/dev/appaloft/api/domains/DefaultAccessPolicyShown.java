package dev.appaloft.api.domains;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code policy} is null when the scope has none (then the next scope, or the engine's default, applies). */
public record DefaultAccessPolicyShown(String schemaVersion, AccessPolicyScope scope,
                                       @JsonInclude(JsonInclude.Include.ALWAYS) DefaultAccessPolicy policy) {

    public static final String SCHEMA_VERSION = "default-access-domain-policies.show/v1";
}
