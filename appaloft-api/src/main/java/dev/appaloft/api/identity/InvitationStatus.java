package dev.appaloft.api.identity;

import com.fasterxml.jackson.annotation.JsonValue;

/** pending -> accepted | revoked; a pending invitation past its expiry reads as expired. */
public enum InvitationStatus {
    ACCEPTED, EXPIRED, PENDING, REVOKED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
