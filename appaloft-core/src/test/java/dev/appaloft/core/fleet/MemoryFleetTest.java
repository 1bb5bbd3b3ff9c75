package dev.appaloft.core.fleet;

import dev.appaloft.api.store.MutableClock;
import dev.appaloft.api.store.Store;
import dev.appaloft.store.memory.MemoryStore;

class MemoryFleetTest extends FleetScenarios {

    @Override
    protected Store openStore(MutableClock clock) {
        return new MemoryStore(clock);
    }
}
