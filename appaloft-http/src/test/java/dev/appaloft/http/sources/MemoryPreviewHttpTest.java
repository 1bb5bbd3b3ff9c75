package dev.appaloft.http.sources;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.memory.MemoryStore;

class MemoryPreviewHttpTest extends PreviewHttpScenarios {

    @Override
    protected Store openStore() {
        return new MemoryStore();
    }
}
