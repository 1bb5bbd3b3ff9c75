package dev.appaloft.store.memory;

import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.StoreContractTest;
import java.time.Clock;

class MemoryStoreTest extends StoreContractTest {

    @Override
    protected Store openStore(Clock clock) {
        return new MemoryStore(clock);
    }
}
