package dev.appaloft.api.terminals;

/** {@code terminalSessions.show}. */
public record TerminalSessionShown(String schemaVersion, TerminalSessionView item) {

    public static final String SCHEMA = "terminal-sessions.show/v1";

    public TerminalSessionShown(TerminalSessionView item) {
        this(SCHEMA, item);
    }
}
