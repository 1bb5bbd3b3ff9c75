package dev.appaloft.http.monitoring;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.memory.MemoryStore;

class MemoryMonitoringHttpTest extends MonitoringHttpScenarios {

    @Override
    protected Store openStore() {
        return new MemoryStore();
    }
}
