package dev.appaloft.http.fleet;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.memory.MemoryStore;

class MemoryFleetHttpTest extends FleetHttpScenarios {

    @Override
    protected Store openStore() {
        return new MemoryStore();
    }
}
