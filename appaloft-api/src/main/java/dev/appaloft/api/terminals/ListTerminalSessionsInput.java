package dev.appaloft.api.terminals;

/** {@code terminalSessions.list}: optional filters. */
public record ListTerminalSessionsInput(String scope, String serverId, String resourceId, String deploymentId,
                                        Integer limit) {

    public static ListTerminalSessionsInput all() {
        return new ListTerminalSessionsInput(null, null, null, null, null);
    }
}
