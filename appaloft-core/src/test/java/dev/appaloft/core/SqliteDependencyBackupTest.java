package dev.appaloft.core;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.jdbc.JdbcStore;
import java.time.Clock;

class SqliteDependencyBackupTest extends DependencyBackupScenarios {

    @Override
    protected Store openStore() {
        return JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC());
    }
}
