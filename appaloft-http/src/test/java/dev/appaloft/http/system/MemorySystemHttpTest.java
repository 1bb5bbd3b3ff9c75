package dev.appaloft.http.system;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.memory.MemoryStore;

class MemorySystemHttpTest extends SystemHttpScenarios {

    @Override
    protected Store openStore() {
        return new MemoryStore();
    }
}
