package dev.appaloft.api.identity;

import com.fasterxml.jackson.annotation.JsonValue;

public enum MemberStatus {
    ACTIVE, DEACTIVATED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
