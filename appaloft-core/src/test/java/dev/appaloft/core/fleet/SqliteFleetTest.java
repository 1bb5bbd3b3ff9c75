package dev.appaloft.core.fleet;

import dev.appaloft.api.store.MutableClock;
import dev.appaloft.api.store.Store;
import dev.appaloft.store.jdbc.JdbcStore;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteFleetTest extends FleetScenarios {

    @TempDir
    Path dir;

    @Override
    protected Store openStore(MutableClock clock) {
        return JdbcStore.sqlite(dir.resolve("appaloft.db"), clock);
    }
}
