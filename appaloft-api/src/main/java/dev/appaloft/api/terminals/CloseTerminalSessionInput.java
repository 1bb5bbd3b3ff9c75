package dev.appaloft.api.terminals;

/** {@code terminalSessions.close}. */
public record CloseTerminalSessionInput(String sessionId) {
}
