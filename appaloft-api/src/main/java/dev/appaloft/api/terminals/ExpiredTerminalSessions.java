package dev.appaloft.api.terminals;

import java.util.List;

/** {@code terminalSessions.expire}: which sessions it ended. */
public record ExpiredTerminalSessions(int expiredCount, List<String> sessionIds) {
}
