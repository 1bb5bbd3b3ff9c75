package dev.appaloft.api.servers;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A server as reads show it; its credential only says what is configured, never key material. */
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
        Credential credential,
        String createdAt) {

    /**
     * How the control plane logs in: {@code local-ssh-agent}, or {@code ssh-private-key} (a key
     * given to the server, or a reusable credential, then named by {@code credentialId}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Credential(Kind kind, String credentialId, String credentialName, String username,
                             boolean publicKeyConfigured, boolean privateKeyConfigured) {

        public enum Kind {
            @JsonProperty("local-ssh-agent") LOCAL_SSH_AGENT,
            @JsonProperty("ssh-private-key") SSH_PRIVATE_KEY
        }
    }

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
