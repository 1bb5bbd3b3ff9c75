package dev.appaloft.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The connections of a store. SQLite gets a one-connection writer pool (writes queue in the pool
 * instead of failing with SQLITE_BUSY) and a read-only reader pool; WAL lets them run side by side.
 * PostgreSQL uses one pool for both.
 */
final class ConnectionPools implements AutoCloseable {

    private static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;

    final HikariDataSource writer;
    final HikariDataSource reader;

    private ConnectionPools(HikariDataSource writer, HikariDataSource reader) {
        this.writer = writer;
        this.reader = reader;
    }

    /** An unpooled SQLite data source for migrations, which must run before the pools open. */
    static DataSource sqliteDirect(Path file) {
        createParent(file);
        return sqliteSource(file, true);
    }

    static ConnectionPools sqlite(Path file, JdbcStoreOptions options) {
        HikariConfig writer = base("appaloft-sqlite-writer", options, 1);
        writer.setDataSource(sqliteSource(file, true));
        HikariConfig reader = base("appaloft-sqlite-reader", options, options.sqliteReaders());
        reader.setDataSource(sqliteSource(file, false));
        reader.setConnectionInitSql("PRAGMA query_only = 1");
        HikariDataSource writerPool = new HikariDataSource(writer);
        try {
            return new ConnectionPools(writerPool, new HikariDataSource(reader));
        } catch (RuntimeException e) {
            writerPool.close();
            throw e;
        }
    }

    static ConnectionPools postgres(String jdbcUrl, String user, String password, JdbcStoreOptions options) {
        HikariConfig config = base("appaloft-postgres", options, options.poolSize());
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        HikariDataSource pool = new HikariDataSource(config);
        return new ConnectionPools(pool, pool);
    }

    @Override
    public void close() {
        reader.close();
        writer.close();
    }

    private static HikariConfig base(String name, JdbcStoreOptions options, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(size, 2));
        config.setConnectionTimeout(options.connectionTimeout().toMillis());
        config.setAutoCommit(true);
        return config;
    }

    private static SQLiteDataSource sqliteSource(Path file, boolean writer) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
        if (writer) {
            // take the write lock at BEGIN, so a transaction never fails half-way on an upgrade
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return source;
    }

    private static void createParent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
