package dev.appaloft.http.operatorwork;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.memory.MemoryStore;

class MemoryRetentionDefaultsHttpTest extends RetentionDefaultsHttpScenarios {

    @Override
    protected Store openStore() {
        return new MemoryStore();
    }
}
