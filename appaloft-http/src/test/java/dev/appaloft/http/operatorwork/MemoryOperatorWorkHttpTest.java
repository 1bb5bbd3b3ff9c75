package dev.appaloft.http.operatorwork;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.memory.MemoryStore;

class MemoryOperatorWorkHttpTest extends OperatorWorkHttpScenarios {

    @Override
    protected Store openStore() {
        return new MemoryStore();
    }
}
