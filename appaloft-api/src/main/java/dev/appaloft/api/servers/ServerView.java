package dev.appaloft.api.servers;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A server as reads show it; credentials only say whether they are configured. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServerView(
        String id,
        String name,
        String host,
        long port,
        String providerKey,
        TargetKind targetKind,
        ServerLifecycleStatus lifecycleStatus,
        String deactivatedAt,
        String deactivationReason,
        EdgeProxy edgeProxy,
        String createdAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EdgeProxy(ProxyKind kind, Status status, String lastAttemptAt, String lastSucceededAt,
                            String lastErrorCode, String lastErrorMessage) {

        public enum Status {
            @JsonProperty("pending") PENDING,
            @JsonProperty("starting") STARTING,
            @JsonProperty("ready") READY,
            @JsonProperty("failed") FAILED,
            @JsonProperty("disabled") DISABLED
        }
    }
}
