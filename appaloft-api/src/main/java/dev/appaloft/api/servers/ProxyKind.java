package dev.appaloft.api.servers;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The edge proxy a server runs. Both {@code traefik} and {@code caddy} are served by Caddy here. */
public enum ProxyKind {
    @JsonProperty("none") NONE,
    @JsonProperty("traefik") TRAEFIK,
    @JsonProperty("caddy") CADDY
}
