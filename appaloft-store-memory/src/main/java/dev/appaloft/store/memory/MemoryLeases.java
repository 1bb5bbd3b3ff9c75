package dev.appaloft.store.memory;

import dev.appaloft.api.store.Lease;
import dev.appaloft.api.store.Leases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Leases behind one monitor; fences outlive releases so they keep rising. */
final class MemoryLeases implements Leases {

    private final Clock clock;
    private final Map<String, Lease> leases = new HashMap<>();
    private final Map<String, Long> fences = new HashMap<>();

    MemoryLeases(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Optional<Lease> acquire(String key, String owner, Duration ttl) {
        Objects.requireNonNull(owner, "owner");
        requirePositive(ttl);
        Instant now = now();
        Lease current = leases.get(key);
        if (current != null && current.isLiveAt(now) && !current.owner().equals(owner)) {
            return Optional.empty();
        }
        long fence = fences.merge(key, 1L, Long::sum);
        Lease lease = new Lease(key, owner, now, expiry(now, ttl), fence);
        leases.put(key, lease);
        return Optional.of(lease);
    }

    @Override
    public synchronized Optional<Lease> renew(String key, String owner, Duration ttl) {
        requirePositive(ttl);
        Instant now = now();
        Lease current = leases.get(key);
        if (current == null || !current.owner().equals(owner) || !current.isLiveAt(now)) {
            return Optional.empty();
        }
        Lease renewed = new Lease(key, owner, current.acquiredAt(), expiry(now, ttl), current.fence());
        leases.put(key, renewed);
        return Optional.of(renewed);
    }

    @Override
    public synchronized boolean release(String key, String owner) {
        Lease current = leases.get(key);
        if (current == null || !current.owner().equals(owner)) {
            return false;
        }
        leases.remove(key);
        return true;
    }

    @Override
    public synchronized Optional<Lease> find(String key) {
        return Optional.ofNullable(leases.get(key));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Instant expiry(Instant now, Duration ttl) {
        return now.plus(ttl).truncatedTo(ChronoUnit.MILLIS);
    }

    static void requirePositive(Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive");
        }
    }
}
