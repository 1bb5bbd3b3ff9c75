package dev.appaloft.http.servers;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.memory.MemoryStore;

class MemoryCapacityHttpTest extends CapacityHttpScenarios {

    @Override
    protected Store openStore() {
        return new MemoryStore();
    }
}
