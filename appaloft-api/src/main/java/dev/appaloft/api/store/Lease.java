package dev.appaloft.api.store;

import java.time.Instant;

/**
 * A claim on a key. {@code fence} increases with every acquire of the key, so a holder that lost
 * its lease can be told apart from the current one.
 */
public record Lease(String key, String owner, Instant acquiredAt, Instant expiresAt, long fence) {

    public boolean isLiveAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
