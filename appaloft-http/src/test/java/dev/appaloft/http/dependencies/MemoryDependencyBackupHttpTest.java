package dev.appaloft.http.dependencies;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.memory.MemoryStore;

class MemoryDependencyBackupHttpTest extends DependencyBackupHttpScenarios {

    @Override
    protected Store openStore() {
        return new MemoryStore();
    }
}
