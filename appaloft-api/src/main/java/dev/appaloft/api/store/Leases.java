package dev.appaloft.api.store;

import java.time.Duration;
import java.util.Optional;

/**
 * Work claims. A lease on a key has one owner until it expires or is released; a live lease is
 * never held by two owners at once, across threads and processes sharing the store. Expiry is
 * judged with the store's clock.
 */
public interface Leases {

    /**
     * Takes the lease on {@code key} for {@code ttl} if it is free, expired, or already held by
     * {@code owner} (then it is extended). Empty when another owner holds a live lease. Every
     * successful acquire gets a higher {@link Lease#fence()} than the one before on that key.
     */
    Optional<Lease> acquire(String key, String owner, Duration ttl);

    /** Extends a live lease held by {@code owner}; empty when it is not (expired, released, taken). */
    Optional<Lease> renew(String key, String owner, Duration ttl);

    /** Ends {@code owner}'s lease on {@code key}; false when {@code owner} did not hold it. */
    boolean release(String key, String owner);

    /** The lease on {@code key}, live or expired but not yet taken over or released. */
    Optional<Lease> find(String key);
}
