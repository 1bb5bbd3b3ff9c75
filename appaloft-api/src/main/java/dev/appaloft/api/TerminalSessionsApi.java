package dev.appaloft.api;

import static dev.appaloft.api.catalog.AppTaskOperations.*;

import dev.appaloft.api.terminals.*;

/**
 * {@code terminalSessions.*}: opens a TTY shell in a resource's container (or on an SSH server),
 * lists, shows, closes and expires sessions. The shell's input and output go over the session's
 * WebSocket ({@link OpenedTerminalSession#transport()}); these operations never show its output.
 */
public final class TerminalSessionsApi {

    private final OperationExecutor executor;

    public TerminalSessionsApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public OpenedTerminalSession open(OpenTerminalSessionInput input) {
        return executor.execute(TERMINAL_SESSIONS_OPEN, input);
    }

    public TerminalSessionList list(ListTerminalSessionsInput input) {
        return executor.execute(TERMINAL_SESSIONS_LIST, input);
    }

    public TerminalSessionShown show(String sessionId) {
        return executor.execute(TERMINAL_SESSIONS_SHOW, new ShowTerminalSessionInput(sessionId));
    }

    public ClosedTerminalSession close(String sessionId) {
        return executor.execute(TERMINAL_SESSIONS_CLOSE, new CloseTerminalSessionInput(sessionId));
    }

    public ExpiredTerminalSessions expire(ExpireTerminalSessionsInput input) {
        return executor.execute(TERMINAL_SESSIONS_EXPIRE, input);
    }
}
