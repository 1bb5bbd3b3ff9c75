package dev.appaloft.api.servers;

/** {@code servers.rename}: a new display name; the id, host and everything placed on the server stay. */
public record RenameServerInput(String serverId, String name, String idempotencyKey) {

    public static RenameServerInput of(String serverId, String name) {
        return new RenameServerInput(serverId, name, null);
    }
}
