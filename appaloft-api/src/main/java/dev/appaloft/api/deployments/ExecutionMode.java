package dev.appaloft.api.deployments;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code synchronous} (the default) answers when the deployment has ended; {@code detached} at once. */
public enum ExecutionMode {
    @JsonProperty("synchronous") SYNCHRONOUS,
    @JsonProperty("detached") DETACHED
}
