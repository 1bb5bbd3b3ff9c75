package dev.appaloft.api.terminals;

import java.util.List;

/** {@code terminalSessions.list}: the organization's live sessions, newest first. */
public record TerminalSessionList(String schemaVersion, List<TerminalSessionView> items) {

    public static final String SCHEMA = "terminal-sessions.list/v1";

    public TerminalSessionList(List<TerminalSessionView> items) {
        this(SCHEMA, items);
    }
}
