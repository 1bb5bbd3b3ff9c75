package dev.appaloft.api.fleet;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A deployment variable is plain text or a secret (sealed at rest, given only to the deployment's worker). */
public enum VariableType {
    @JsonProperty("plain") PLAIN,
    @JsonProperty("secret") SECRET
}
