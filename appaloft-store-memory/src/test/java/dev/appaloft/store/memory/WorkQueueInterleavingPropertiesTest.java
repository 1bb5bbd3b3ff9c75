package dev.appaloft.store.memory;

import dev.appaloft.api.store.MutableClock;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.WorkQueueInterleavings;
import java.time.Instant;

/** The interleaving properties on the memory store (one store for all tries, a kind per try). */
class WorkQueueInterleavingPropertiesTest extends WorkQueueInterleavings {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private static final MemoryStore STORE = new MemoryStore(CLOCK);

    @Override
    protected Store store() {
        return STORE;
    }

    @Override
    protected MutableClock clock() {
        return CLOCK;
    }
}
