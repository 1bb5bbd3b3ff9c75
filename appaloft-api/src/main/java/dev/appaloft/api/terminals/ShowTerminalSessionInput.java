package dev.appaloft.api.terminals;

/** {@code terminalSessions.show}. */
public record ShowTerminalSessionInput(String sessionId) {
}
