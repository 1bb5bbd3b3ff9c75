package dev.appaloft.api.terminals;

/**
 * {@code terminalSessions.open}. {@code relativeDirectory} is joined to the container's working
 * directory (no {@code ..}); rows default to 24 and columns to 80.
 */
public record OpenTerminalSessionInput(TerminalScope scope, String relativeDirectory, Integer initialRows,
                                       Integer initialCols) {

    public static OpenTerminalSessionInput of(TerminalScope scope) {
        return new OpenTerminalSessionInput(scope, null, null, null);
    }
}
