package dev.appaloft.core.terminals;

import dev.appaloft.api.runtime.TerminalChannel;
import dev.appaloft.api.runtime.TerminalOutput;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A shell this process holds: its channel, the output retained for late clients, the attached
 * client (at most one: a new attach replaces the previous client) and its last activity for the
 * idle TTL. Output and attach are serialized on this object so a client sees every byte once.
 */
final class LiveTerminal implements TerminalOutput {

    final String sessionId;
    final String organizationId;
    final Instant expiresAt;
    private final OutputRetention retained;
    private final Supplier<Instant> clock;
    private final Consumer<LiveTerminal> onExit;
    private volatile TerminalChannel channel;
    private volatile Instant lastActivity;
    private TerminalClient client;
    private boolean ended;

    LiveTerminal(String sessionId, String organizationId, Instant expiresAt, int retention, Supplier<Instant> clock,
                 Consumer<LiveTerminal> onExit) {
        this.sessionId = sessionId;
        this.organizationId = organizationId;
        this.expiresAt = expiresAt;
        this.retained = new OutputRetention(retention);
        this.clock = clock;
        this.onExit = onExit;
        this.lastActivity = clock.get();
    }

    void channel(TerminalChannel value) {
        this.channel = value;
    }

    Instant lastActivity() {
        return lastActivity;
    }

    @Override
    public void output(byte[] bytes) {
        lastActivity = clock.get();
        TerminalClient to;
        synchronized (this) {
            retained.append(bytes);
            to = client;
            if (to != null) {
                to.output(bytes);
            }
        }
    }

    @Override
    public void ended() {
        synchronized (this) {
            if (ended) {
                return;
            }
        }
        onExit.accept(this); // the shell exited by itself: the session is recorded closed
    }

    TerminalAttachment attach(TerminalClient next) {
        synchronized (this) {
            if (client != null) {
                client.ended("replaced");
            }
            client = next;
            byte[] replay = retained.snapshot();
            if (replay.length > 0) {
                next.output(replay);
            }
        }
        return new TerminalAttachment() {
            @Override
            public void input(byte[] bytes) {
                lastActivity = clock.get();
                channel.input(bytes);
            }

            @Override
            public void resize(int rows, int cols) {
                lastActivity = clock.get();
                channel.resize(Math.max(TerminalLimits.MIN_ROWS, Math.min(TerminalLimits.MAX_ROWS, rows)),
                        Math.max(TerminalLimits.MIN_COLS, Math.min(TerminalLimits.MAX_COLS, cols)));
            }

            @Override
            public void detach() {
                synchronized (LiveTerminal.this) {
                    if (client == next) {
                        client = null;
                    }
                }
            }
        };
    }

    /** Ends the shell and tells the client why; idempotent. */
    void end(String reason) {
        TerminalClient last;
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            last = client;
            client = null;
        }
        TerminalChannel c = channel;
        if (c != null) {
            c.close();
        }
        if (last != null) {
            last.ended(reason);
        }
    }
}
