package dev.appaloft.http.storage;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.memory.MemoryStore;

class MemoryStorageHttpTest extends StorageHttpScenarios {

    @Override
    protected Store openStore() {
        return new MemoryStore();
    }
}
