package dev.appaloft.store.jdbc;

import dev.appaloft.api.store.CollectionSpec;
import dev.appaloft.api.store.Leases;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreHealth;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.api.store.StoreUnavailableException;
import dev.appaloft.api.store.work.WorkQueue;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SQL store: an SQLite file (WAL) or a PostgreSQL database, migrated with Flyway when opened.
 * Conflicts raise {@link dev.appaloft.api.store.StoreConflictException}; any other database
 * failure raises {@link StoreUnavailableException}.
 */
public final class JdbcStore implements Store {

    private static final Logger log = LoggerFactory.getLogger(JdbcStore.class);

    private final SqlDialect dialect;
    private final ConnectionPools pools;
    private final Jdbi writer;
    private final Jdbi reader;
    private final Flyway migrationCheck;
    private final Map<String, DocumentTable> tables = new HashMap<>();
    private final JdbcLeases leases;
    private final JdbcWorkQueue queue;
    private final ThreadLocal<Boolean> inTransaction = new ThreadLocal<>();
    private volatile boolean migrationsConfirmed;

    private JdbcStore(SqlDialect dialect, ConnectionPools pools, Clock clock) {
        this.dialect = dialect;
        this.pools = pools;
        this.writer = jdbi(pools.writer, dialect);
        this.reader = pools.reader == pools.writer ? writer : jdbi(pools.reader, dialect);
        this.migrationCheck = Migrations.flyway(pools.reader, dialect);
        for (CollectionSpec spec : StoreCollections.specs()) {
            tables.put(spec.name(), new DocumentTable(spec));
        }
        this.leases = new JdbcLeases(writer, clock);
        this.queue = new JdbcWorkQueue(writer, reader, dialect, clock, () -> inTransaction.get() != null);
    }

    /** An SQLite store in {@code file} (created with its folder when missing). */
    public static JdbcStore sqlite(Path file, Clock clock) {
        return sqlite(file, clock, JdbcStoreOptions.defaults());
    }

    public static JdbcStore sqlite(Path file, Clock clock, JdbcStoreOptions options) {
        Objects.requireNonNull(file, "file");
        boolean existing = isNonEmptyFile(file);
        DataSource direct = ConnectionPools.sqliteDirect(file);
        Flyway flyway = Migrations.flyway(direct, SqlDialect.SQLITE);
        // a file with a schema: refuse a newer one, and copy it before migrations change it
        if (existing && checkForward(flyway, SqlDialect.SQLITE) > 0) {
            SchemaUpgrades.backupSqlite(direct, file, flyway, clock);
        }
        migrate(flyway, SqlDialect.SQLITE);
        return open(SqlDialect.SQLITE, () -> ConnectionPools.sqlite(file, options), clock);
    }

    /** A PostgreSQL store; several processes may share one database. */
    public static JdbcStore postgres(String jdbcUrl, String user, String password, Clock clock) {
        return postgres(jdbcUrl, user, password, clock, JdbcStoreOptions.defaults());
    }

    public static JdbcStore postgres(String jdbcUrl, String user, String password, Clock clock,
            JdbcStoreOptions options) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        JdbcStore store = open(SqlDialect.POSTGRESQL, () -> ConnectionPools.postgres(jdbcUrl, user, password, options),
                clock);
        try {
            Flyway flyway = Migrations.flyway(store.pools.writer, SqlDialect.POSTGRESQL);
            checkForward(flyway, SqlDialect.POSTGRESQL);
            migrate(flyway, SqlDialect.POSTGRESQL);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    @Override
    public <T> T transaction(Function<StoreTransaction, T> work) {
        Objects.requireNonNull(work, "work");
        if (inTransaction.get() != null) {
            throw new IllegalStateException("transactions do not nest");
        }
        inTransaction.set(Boolean.TRUE);
        try {
            return writer.inTransaction(handle -> {
                JdbcTransaction tx = new JdbcTransaction(handle, tables, dialect, queue);
                T result = work.apply(tx);
                if (tx.conflict() != null) {
                    throw tx.conflict();
                }
                return result;
            });
        } catch (JdbiException e) {
            throw unavailable("transaction failed", e);
        } finally {
            inTransaction.remove();
        }
    }

    @Override
    public <T> T read(Function<StoreReader, T> work) {
        Objects.requireNonNull(work, "work");
        try {
            // one snapshot for the whole read: a page and its counts agree even while writers commit
            return reader.inTransaction(handle -> {
                dialect.beginSnapshot(handle);
                return work.apply(new JdbcReader(handle, tables));
            });
        } catch (JdbiException e) {
            throw unavailable("read failed", e);
        }
    }

    @Override
    public Leases leases() {
        return leases;
    }

    @Override
    public WorkQueue work() {
        return queue;
    }

    @Override
    public StoreHealth health() {
        try {
            reader.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
        } catch (RuntimeException e) {
            return new StoreHealth(false, false, dialect.kind() + " unreachable: " + e.getClass().getSimpleName());
        }
        try {
            if (!migrationsConfirmed) {
                int pending = migrationCheck.info().pending().length;
                if (pending > 0) {
                    return new StoreHealth(true, false, pending + " pending migration(s)");
                }
                migrationsConfirmed = true; // migrations are never unapplied
            }
            return new StoreHealth(true, true, dialect.kind() + " ready");
        } catch (RuntimeException e) {
            return new StoreHealth(true, false, "migration check failed: " + e.getClass().getSimpleName());
        }
    }

    @Override
    public String kind() {
        return dialect.kind();
    }

    @Override
    public void close() {
        pools.close();
    }

    private static JdbcStore open(SqlDialect dialect, java.util.function.Supplier<ConnectionPools> pools, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        ConnectionPools opened;
        try {
            opened = pools.get();
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("cannot open the " + dialect.kind() + " store", e);
        }
        return new JdbcStore(dialect, opened, clock);
    }

    private static boolean isNonEmptyFile(Path file) {
        try {
            return java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.size(file) > 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static int checkForward(Flyway flyway, SqlDialect dialect) {
        try {
            return SchemaUpgrades.checkForward(flyway, dialect);
        } catch (StoreUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("cannot read the " + dialect.kind() + " store's schema history", e);
        }
    }

    private static void migrate(Flyway flyway, SqlDialect dialect) {
        try {
            int applied = flyway.migrate().migrationsExecuted;
            if (applied > 0) {
                log.info("applied {} store migration(s) to the {} database", applied, dialect.kind());
            }
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("cannot migrate the " + dialect.kind() + " store", e);
        }
    }

    private static Jdbi jdbi(DataSource dataSource, SqlDialect dialect) {
        Jdbi jdbi = Jdbi.create(dataSource);
        if (dialect == SqlDialect.SQLITE) {
            CachedStatements cached = new CachedStatements();
            jdbi.setStatementBuilderFactory(connection -> cached);
        }
        // statement texts and bound values (JSON bodies, keys) stay out of exception messages
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        return jdbi;
    }

    private static StoreUnavailableException unavailable(String what, JdbiException e) {
        return new StoreUnavailableException(what + ": " + e.getClass().getSimpleName(), e);
    }
}
