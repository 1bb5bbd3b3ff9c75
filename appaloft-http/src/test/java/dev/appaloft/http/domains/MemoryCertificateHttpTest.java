package dev.appaloft.http.domains;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.memory.MemoryStore;

class MemoryCertificateHttpTest extends CertificateHttpScenarios {

    @Override
    protected Store openStore() {
        return new MemoryStore();
    }
}
