package dev.appaloft.store.jdbc;

import dev.appaloft.api.store.Lease;
import dev.appaloft.api.store.Leases;
import dev.appaloft.api.store.StoreUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Leases as single statements in auto-commit, so each call is atomic without a transaction. The
 * acquire upsert takes the row lock (PostgreSQL) or the write lock (SQLite) and decides under it
 * whether the current lease is free, expired or the caller's own, which makes it safe across
 * processes. A released lease keeps its row with a NULL owner so fences keep rising.
 */
final class JdbcLeases implements Leases {

    private static final String ACQUIRE = "INSERT INTO leases (lease_key, owner, acquired_at, expires_at, fence) "
            + "VALUES (?, ?, ?, ?, 1) ON CONFLICT (lease_key) DO UPDATE SET owner = excluded.owner, "
            + "acquired_at = excluded.acquired_at, expires_at = excluded.expires_at, fence = leases.fence + 1 "
            + "WHERE leases.owner IS NULL OR leases.owner = excluded.owner OR leases.expires_at <= ? "
            + "RETURNING fence";
    private static final String RENEW = "UPDATE leases SET expires_at = ? "
            + "WHERE lease_key = ? AND owner = ? AND expires_at > ? RETURNING acquired_at, fence";
    private static final String RELEASE = "UPDATE leases SET owner = NULL WHERE lease_key = ? AND owner = ?";
    private static final String FIND = "SELECT owner, acquired_at, expires_at, fence FROM leases "
            + "WHERE lease_key = ? AND owner IS NOT NULL";

    private final Jdbi jdbi;
    private final Clock clock;

    JdbcLeases(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public Optional<Lease> acquire(String key, String owner, Duration ttl) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(owner, "owner");
        Instant now = now();
        Instant expires = expiry(now, ttl);
        return run(h -> h.createQuery(ACQUIRE).bind(0, key).bind(1, owner).bind(2, now.toEpochMilli())
                .bind(3, expires.toEpochMilli()).bind(4, now.toEpochMilli())
                .mapTo(Long.class).findOne()
                .map(fence -> new Lease(key, owner, now, expires, fence)));
    }

    @Override
    public Optional<Lease> renew(String key, String owner, Duration ttl) {
        Instant now = now();
        Instant expires = expiry(now, ttl);
        return run(h -> h.createQuery(RENEW).bind(0, expires.toEpochMilli()).bind(1, key).bind(2, owner)
                .bind(3, now.toEpochMilli())
                .map((rs, ctx) -> new Lease(key, owner, Instant.ofEpochMilli(rs.getLong(1)), expires, rs.getLong(2)))
                .findOne());
    }

    @Override
    public boolean release(String key, String owner) {
        return run(h -> h.createUpdate(RELEASE).bind(0, key).bind(1, owner).execute() > 0);
    }

    @Override
    public Optional<Lease> find(String key) {
        return run(h -> h.createQuery(FIND).bind(0, key)
                .map((rs, ctx) -> new Lease(key, rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)),
                        Instant.ofEpochMilli(rs.getLong(3)), rs.getLong(4)))
                .findOne());
    }

    private <T> T run(Function<Handle, T> call) {
        try {
            return jdbi.withHandle(call::apply);
        } catch (JdbiException e) {
            throw new StoreUnavailableException("lease statement failed", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Instant expiry(Instant now, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive");
        }
        return now.plus(ttl).truncatedTo(ChronoUnit.MILLIS);
    }
}
