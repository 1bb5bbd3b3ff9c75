package dev.appaloft.http;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.memory.MemoryStore;

class MemoryIsolationTest extends IsolationScenarios {

    @Override
    protected Store openStore() {
        return new MemoryStore();
    }
}
