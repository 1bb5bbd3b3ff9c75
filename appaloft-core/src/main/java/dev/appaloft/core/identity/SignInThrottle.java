package dev.appaloft.core.identity;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Slows down password guessing, per account (the email, whether it has an account or not) and
 * per client address: a few failures are free, then each further one doubles the wait before
 * the next attempt, up to a bound. A success clears the account's count. In-process: each
 * control-plane process keeps its own counts (an attacker spreading attempts over processes
 * still meets the same bound on each).
 */
public final class SignInThrottle {

    public static final int FREE_ACCOUNT_FAILURES = 3;
    public static final int FREE_ADDRESS_FAILURES = 20;
    public static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private record Failures(int count, Instant last) {
    }

    private final Cache<String, Failures> failures = CacheBuilder.newBuilder()
            .maximumSize(100_000).expireAfterWrite(1, TimeUnit.HOURS).build();

    /** How long the caller must still wait before trying; zero when they may try now. */
    public Duration waitBefore(String email, String address, Instant now) {
        Duration account = remaining(failures.getIfPresent("email:" + User.normalize(email)), FREE_ACCOUNT_FAILURES, now);
        Duration client = address == null ? Duration.ZERO
                : remaining(failures.getIfPresent("address:" + address), FREE_ADDRESS_FAILURES, now);
        return account.compareTo(client) >= 0 ? account : client;
    }

    public void failed(String email, String address, Instant now) {
        bump("email:" + User.normalize(email), now);
        if (address != null) {
            bump("address:" + address, now);
        }
    }

    public void succeeded(String email) {
        failures.invalidate("email:" + User.normalize(email));
    }

    /**
     * The wait after {@code count} consecutive failures: none for the first {@code free - 1}, then
     * 1 s, 2 s, 4 s ... up to the bound (so {@code free} attempts go through without waiting).
     */
    public static Duration delayAfter(int count, int free) {
        if (count < free) {
            return Duration.ZERO;
        }
        int exponent = Math.min(count - free, 20);
        long seconds = 1L << exponent;
        return seconds >= MAX_WAIT.toSeconds() ? MAX_WAIT : Duration.ofSeconds(seconds);
    }

    private static Duration remaining(Failures f, int free, Instant now) {
        if (f == null) {
            return Duration.ZERO;
        }
        Instant until = f.last().plus(delayAfter(f.count(), free));
        return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }

    private void bump(String key, Instant now) {
        failures.asMap().merge(key, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
    }
}
