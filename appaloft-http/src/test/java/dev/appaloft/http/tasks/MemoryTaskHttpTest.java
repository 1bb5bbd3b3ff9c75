package dev.appaloft.http.tasks;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.memory.MemoryStore;

class MemoryTaskHttpTest extends TaskHttpScenarios {

    @Override
    protected Store openStore() {
        return new MemoryStore();
    }
}
