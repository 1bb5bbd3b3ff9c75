package dev.appaloft.store.jdbc;

import java.time.Duration;
import java.util.Objects;

/**
 * Pool settings. {@code poolSize} is the PostgreSQL pool; SQLite always writes through one
 * connection (so writers never meet SQLITE_BUSY) and reads through {@code sqliteReaders}.
 * {@code connectionTimeout} bounds the wait for a free connection.
 */
public record JdbcStoreOptions(int poolSize, int sqliteReaders, Duration connectionTimeout) {

    public JdbcStoreOptions {
        if (poolSize < 1 || sqliteReaders < 1) {
            throw new IllegalArgumentException("pool sizes must be at least 1");
        }
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        if (connectionTimeout.toMillis() < 250) {
            throw new IllegalArgumentException("connectionTimeout must be at least 250ms");
        }
    }

    public static JdbcStoreOptions defaults() {
        return new JdbcStoreOptions(10, 4, Duration.ofSeconds(30));
    }

    public JdbcStoreOptions withPoolSize(int size) {
        return new JdbcStoreOptions(size, sqliteReaders, connectionTimeout);
    }

    public JdbcStoreOptions withSqliteReaders(int readers) {
        return new JdbcStoreOptions(poolSize, readers, connectionTimeout);
    }

    public JdbcStoreOptions withConnectionTimeout(Duration timeout) {
        return new JdbcStoreOptions(poolSize, sqliteReaders, timeout);
    }
}
