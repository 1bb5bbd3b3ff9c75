package dev.appaloft.api.deploytokens;

import com.fasterxml.jackson.annotation.JsonValue;

public enum DeployTokenStatus {
    ACTIVE, REVOKED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
