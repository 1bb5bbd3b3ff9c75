package dev.appaloft.api.store.work;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How often and how far apart one kind of work is retried: exponential backoff from {@code base},
 * doubled per attempt and capped at {@code cap}, with jitter so failed workers do not return in
 * step. {@link Jitter#EQUAL} (the default) keeps at least half the backoff, so a retry never comes
 * right back; {@link Jitter#FULL} spreads retries over the whole interval.
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration cap, Jitter jitter) {

    public enum Jitter {
        /** Uniform in [0, backoff]. */
        FULL,
        /** backoff/2 plus uniform in [0, backoff/2]. */
        EQUAL
    }

    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > WorkRequest.MAX_ATTEMPTS_LIMIT) {
            throw new IllegalArgumentException("maxAttempts must be between 1 and " + WorkRequest.MAX_ATTEMPTS_LIMIT);
        }
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(jitter, "jitter");
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("base must be positive");
        }
        if (cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("cap must be at least base");
        }
        if (cap.compareTo(Duration.ofDays(365)) > 0) {
            throw new IllegalArgumentException("cap must be at most a year");
        }
    }

    public RetryPolicy(int maxAttempts, Duration base, Duration cap) {
        this(maxAttempts, base, cap, Jitter.EQUAL);
    }

    /** Whether an item that has been attempted {@code attempts} times may run again. */
    public boolean allowsAnotherAttempt(int attempts) {
        return attempts < maxAttempts;
    }

    /**
     * The wait before the next attempt after attempt number {@code attempt} (1 for the first) failed:
     * between 0 (half the backoff for equal jitter) and the capped backoff, never above {@code cap}.
     */
    public Duration delayFor(int attempt, RandomGenerator random) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1");
        }
        Objects.requireNonNull(random, "random");
        long backoff = backoffNanos(attempt);
        long delay = switch (jitter) {
            case FULL -> random.nextLong(backoff + 1);
            case EQUAL -> backoff - backoff / 2 + random.nextLong(backoff / 2 + 1);
        };
        return Duration.ofNanos(delay);
    }

    /** base * 2^(attempt-1), capped; doubling stops once it passes the cap, so it cannot overflow. */
    private long backoffNanos(int attempt) {
        long capNanos = cap.toNanos();
        long backoff = base.toNanos();
        for (int i = 1; i < attempt && backoff < capNanos; i++) {
            backoff = backoff > capNanos / 2 ? capNanos : backoff * 2;
        }
        return Math.min(backoff, capNanos);
    }
}
