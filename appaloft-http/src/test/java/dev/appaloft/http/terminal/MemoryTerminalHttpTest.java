package dev.appaloft.http.terminal;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.memory.MemoryStore;

class MemoryTerminalHttpTest extends TerminalHttpScenarios {

    @Override
    protected Store openStore() {
        return new MemoryStore();
    }
}
