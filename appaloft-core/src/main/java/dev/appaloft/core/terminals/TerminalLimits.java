package dev.appaloft.core.terminals;

import java.time.Duration;

/** The spec's bounds on a terminal's size, and the session lifetimes (both 3600 s by default). */
public record TerminalLimits(Duration ttl, Duration idleTimeout, int retainedBytes) {

    static final int MIN_ROWS = 10;
    static final int MAX_ROWS = 120;
    static final int MIN_COLS = 20;
    static final int MAX_COLS = 320;
    static final int DEFAULT_ROWS = 24;
    static final int DEFAULT_COLS = 80;

    public static final TerminalLimits DEFAULTS = new TerminalLimits(Duration.ofSeconds(3600),
            Duration.ofSeconds(3600), OutputRetention.DEFAULT_BYTES);

    public TerminalLimits {
        if (ttl.isNegative() || ttl.isZero() || idleTimeout.isNegative() || idleTimeout.isZero() || retainedBytes < 1) {
            throw new IllegalArgumentException("terminal TTLs and retention must be positive");
        }
    }
}
