package dev.appaloft.api.servers;

/** {@code servers.delete}: only an inactive server without blockers, confirmed by repeating its id. */
public record DeleteServerInput(String serverId, Confirmation confirmation, String idempotencyKey) {

    public record Confirmation(String serverId) {
    }

    public static DeleteServerInput confirmed(String serverId) {
        return new DeleteServerInput(serverId, new Confirmation(serverId), null);
    }
}
