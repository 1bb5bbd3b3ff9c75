package dev.appaloft.http.servers;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.memory.MemoryStore;

class MemoryServerEdgeProxyHttpIT extends ServerEdgeProxyHttpScenarios {

    @Override
    protected Store openStore() {
        return new MemoryStore();
    }
}
