package dev.appaloft.core.terminals;

import java.time.Instant;
import java.util.Set;

/**
 * A terminal session as stored: who opened which shell where, which control-plane process holds
 * it ({@code holder}: the shell lives in that process's memory), and how it ended.
 *
 * <p>States: {@code active} → {@code closed} (closed by a user, the shell exited, or the control
 * plane stopped) or {@code expired} (its absolute or idle TTL passed, or terminalSessions.expire).
 * Ended sessions are kept for history and hidden from list and show.
 */
record TerminalSession(String id, String organizationId, String openedBy, String scope, String serverId,
                       String resourceId, String deploymentId, String providerKey, String workingDirectory,
                       String status, String holder, Instant createdAt, Instant expiresAt, Instant endedAt,
                       String endReason) {

    static final String ACTIVE = "active";
    static final String CLOSING = "closing";
    static final String CLOSED = "closed";
    static final String EXPIRED = "expired";
    static final Set<String> LIVE = Set.of(ACTIVE, CLOSING);

    boolean live() {
        return LIVE.contains(status);
    }

    TerminalSession ended(String next, String reason, Instant at) {
        return new TerminalSession(id, organizationId, openedBy, scope, serverId, resourceId, deploymentId, providerKey,
                workingDirectory, next, holder, createdAt, expiresAt, at, reason);
    }
}
