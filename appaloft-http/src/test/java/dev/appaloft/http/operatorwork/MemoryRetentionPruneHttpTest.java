package dev.appaloft.http.operatorwork;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.memory.MemoryStore;

class MemoryRetentionPruneHttpTest extends RetentionPruneHttpScenarios {

    @Override
    protected Store openStore() {
        return new MemoryStore();
    }
}
