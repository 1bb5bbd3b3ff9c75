package dev.appaloft.http.servers;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.memory.MemoryStore;

class MemoryServerConnectivityHttpIT extends ServerConnectivityHttpScenarios {

    @Override
    protected Store openStore() {
        return new MemoryStore();
    }
}
