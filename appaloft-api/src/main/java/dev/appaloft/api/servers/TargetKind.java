package dev.appaloft.api.servers;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum TargetKind {
    @JsonProperty("single-server") SINGLE_SERVER,
    @JsonProperty("orchestrator-cluster") ORCHESTRATOR_CLUSTER
}
