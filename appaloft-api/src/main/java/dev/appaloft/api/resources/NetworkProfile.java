package dev.appaloft.api.resources;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How traffic reaches a resource: the port it listens on inside its container, and whether it is
 * reached through the edge proxy, a loopback host port, or not at all.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkProfile(
        Long internalPort,
        UpstreamProtocol upstreamProtocol,
        ExposureMode exposureMode,
        String targetServiceName,
        Long hostPort) {

    public enum UpstreamProtocol {
        @JsonProperty("http") HTTP,
        @JsonProperty("tcp") TCP
    }

    public enum ExposureMode {
        @JsonProperty("none") NONE,
        @JsonProperty("reverse-proxy") REVERSE_PROXY,
        @JsonProperty("direct-port") DIRECT_PORT
    }

    public static NetworkProfile port(long internalPort) {
        return new NetworkProfile(internalPort, null, null, null, null);
    }
}
