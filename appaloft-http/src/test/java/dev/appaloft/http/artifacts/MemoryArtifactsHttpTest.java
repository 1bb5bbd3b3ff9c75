package dev.appaloft.http.artifacts;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.memory.MemoryStore;

class MemoryArtifactsHttpTest extends ArtifactsHttpScenarios {

    @Override
    protected Store openStore() {
        return new MemoryStore();
    }
}
