package dev.appaloft.api.servers;

/** {@code servers.deactivate}: the server takes no new deployments; what runs there keeps running. */
public record DeactivateServerInput(String serverId, String reason, String idempotencyKey) {

    public static DeactivateServerInput of(String serverId, String reason) {
        return new DeactivateServerInput(serverId, reason, null);
    }
}
