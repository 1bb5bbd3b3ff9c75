package dev.appaloft.store.jdbc;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;

class SqliteSchemaUpgradeTest extends SchemaUpgradeContract {

    @TempDir
    Path dir;

    private Path file;

    @Override
    DataSource freshDatabase() {
        file = dir.resolve("store-" + System.nanoTime() + ".db");
        return ConnectionPools.sqliteDirect(file);
    }

    @Override
    SqlDialect dialect() {
        return SqlDialect.SQLITE;
    }

    @Override
    JdbcStore openStore() {
        return JdbcStore.sqlite(file, CLOCK);
    }
}
