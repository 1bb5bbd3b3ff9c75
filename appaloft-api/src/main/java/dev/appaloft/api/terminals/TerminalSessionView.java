package dev.appaloft.api.terminals;

/** A session as list and show give it ({@code status} {@code active|closing}); never its output. */
public record TerminalSessionView(String sessionId, String scope, String serverId, String resourceId,
                                  String deploymentId, TerminalTransport transport, String providerKey,
                                  String workingDirectory, String createdAt, String status) {
}
