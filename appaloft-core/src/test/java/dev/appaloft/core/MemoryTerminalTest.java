package dev.appaloft.core;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.memory.MemoryStore;

class MemoryTerminalTest extends TerminalScenarios {

    @Override
    protected Store openStore() {
        return new MemoryStore();
    }
}
