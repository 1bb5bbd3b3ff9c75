package dev.appaloft.api.servers;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code servers.bootstrapProxy}: a new attempt to start (or repair) the server's edge proxy.
 * {@code edgeProxyProviderKey}, when given, must name the server's proxy kind; {@code attemptId}
 * is for the system actor only (the control plane names attempts); {@code reason} defaults to
 * {@code repair}. The attempt's outcome shows in the server's {@code edgeProxy} status.
 */
public record BootstrapServerProxyInput(String serverId, String edgeProxyProviderKey, String attemptId,
                                        Reason reason) {

    public enum Reason {
        @JsonProperty("repair") REPAIR,
        @JsonProperty("retry") RETRY,
        @JsonProperty("post-connect") POST_CONNECT,
        @JsonProperty("doctor-follow-up") DOCTOR_FOLLOW_UP;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public static BootstrapServerProxyInput repair(String serverId) {
        return new BootstrapServerProxyInput(serverId, null, null, null);
    }
}
