package dev.appaloft.api.servers;

/** {@code servers.testConnectivity}: checks a saved server step by step; changes nothing on it. */
public record TestServerConnectivityInput(String serverId) {
}
