package dev.appaloft.http.sources;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.jdbc.JdbcStore;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;

class SqlitePreviewHttpTest extends PreviewHttpScenarios {

    @TempDir Path dir;

    @Override
    protected Store openStore() {
        return JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC());
    }
}
