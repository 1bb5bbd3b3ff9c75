package dev.appaloft.api.servers;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ServerLifecycleStatus {
    @JsonProperty("active") ACTIVE,
    @JsonProperty("inactive") INACTIVE
}
