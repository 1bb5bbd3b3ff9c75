package dev.appaloft.http.dependencies;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.memory.MemoryStore;

class MemoryDependencyPlanHttpTest extends DependencyPlanHttpScenarios {

    @Override
    protected Store openStore() {
        return new MemoryStore();
    }
}
