package dev.appaloft.http.domains;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.memory.MemoryStore;

class MemoryDomainHttpTest extends DomainHttpScenarios {

    @Override
    protected Store openStore() {
        return new MemoryStore();
    }
}
