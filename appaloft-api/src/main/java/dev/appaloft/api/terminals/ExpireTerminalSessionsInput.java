package dev.appaloft.api.terminals;

/**
 * {@code terminalSessions.expire}: ends live sessions opened before {@code olderThan} (ISO-8601;
 * default: the session TTL ago), at most {@code limit} (default 100, max 200).
 */
public record ExpireTerminalSessionsInput(String olderThan, Integer limit) {

    public static ExpireTerminalSessionsInput due() {
        return new ExpireTerminalSessionsInput(null, null);
    }
}
