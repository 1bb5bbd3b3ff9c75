package dev.appaloft.store.memory;

import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.WorkQueueContractTest;
import java.time.Clock;

class MemoryWorkQueueTest extends WorkQueueContractTest {

    @Override
    protected Store openStore(Clock clock) {
        return new MemoryStore(clock);
    }
}
