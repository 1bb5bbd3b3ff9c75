package dev.appaloft.api.terminals;

/**
 * Where a terminal runs: {@code kind} {@code resource} (a shell in the resource's current
 * container, or the named deployment's) or {@code server} (a login shell on an SSH server).
 */
public record TerminalScope(String kind, String serverId, String resourceId, String deploymentId) {

    public static final String RESOURCE = "resource";
    public static final String SERVER = "server";

    public static TerminalScope resource(String resourceId) {
        return new TerminalScope(RESOURCE, null, resourceId, null);
    }

    public static TerminalScope server(String serverId) {
        return new TerminalScope(SERVER, serverId, null, null);
    }
}
