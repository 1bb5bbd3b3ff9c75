package dev.appaloft.api.sources;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why a source event started nothing for a resource (or for any). */
public enum SourceEventIgnoredReason {
    @JsonProperty("no-matching-policy") NO_MATCHING_POLICY,
    @JsonProperty("ref-not-matched") REF_NOT_MATCHED,
    @JsonProperty("policy-disabled") POLICY_DISABLED,
    @JsonProperty("policy-blocked") POLICY_BLOCKED
}
