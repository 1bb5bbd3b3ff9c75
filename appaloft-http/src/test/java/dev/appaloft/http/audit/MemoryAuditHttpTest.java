package dev.appaloft.http.audit;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.memory.MemoryStore;

class MemoryAuditHttpTest extends AuditHttpScenarios {

    @Override
    protected Store openStore() {
        return new MemoryStore();
    }
}
