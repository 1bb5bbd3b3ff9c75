package dev.appaloft.store.jdbc;

import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.WorkQueueContractTest;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;

class SqliteWorkQueueTest extends WorkQueueContractTest {

    @TempDir
    Path dir;

    @Override
    protected Store openStore(Clock clock) {
        return JdbcStore.sqlite(dir.resolve("store.db"), clock);
    }
}
