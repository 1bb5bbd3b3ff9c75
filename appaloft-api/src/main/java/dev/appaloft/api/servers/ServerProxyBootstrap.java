package dev.appaloft.api.servers;

/** The answer of {@code servers.bootstrapProxy}: which attempt ran (its outcome is on the server's edgeProxy). */
public record ServerProxyBootstrap(String serverId, String attemptId) {
}
