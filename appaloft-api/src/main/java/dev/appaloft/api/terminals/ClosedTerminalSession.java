package dev.appaloft.api.terminals;

/** {@code terminalSessions.close}: {@code closed} false when it had ended already. */
public record ClosedTerminalSession(String sessionId, boolean closed, String status) {

    public static ClosedTerminalSession of(String sessionId, boolean closed) {
        return new ClosedTerminalSession(sessionId, closed, "closed");
    }
}
