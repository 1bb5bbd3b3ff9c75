package dev.appaloft.runtime.docker.agent;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with jitter: 0.5 s, 1 s, 2 s, ... up to a maximum; reset after a success. */
final class Backoff {

    private static final long FIRST_MS = 500;

    private final long maxMs;
    private long nextMs = FIRST_MS;

    Backoff(Duration max) {
        this.maxMs = Math.max(FIRST_MS, max.toMillis());
    }

    /** The wait before the next attempt (with up to 20% jitter), doubling the one after. */
    Duration next() {
        long base = nextMs;
        nextMs = Math.min(maxMs, nextMs * 2);
        return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base / 5 + 1));
    }

    void reset() {
        nextMs = FIRST_MS;
    }
}
