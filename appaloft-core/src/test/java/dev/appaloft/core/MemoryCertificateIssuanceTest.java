package dev.appaloft.core;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.memory.MemoryStore;

class MemoryCertificateIssuanceTest extends CertificateIssuanceScenarios {

    @Override
    protected Store openStore() {
        return new MemoryStore();
    }
}
