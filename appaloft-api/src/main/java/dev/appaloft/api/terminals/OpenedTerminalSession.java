package dev.appaloft.api.terminals;

/** What {@code terminalSessions.open} answers: where to attach. */
public record OpenedTerminalSession(String sessionId, String scope, String serverId, String resourceId,
                                    String deploymentId, TerminalTransport transport, String providerKey,
                                    String workingDirectory, String createdAt) {
}
