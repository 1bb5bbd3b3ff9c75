package dev.appaloft.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.store.Lease;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.StoreContractTest;
import dev.appaloft.store.jdbc.testing.PostgresServer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The contract on a real PostgreSQL, one fresh database per test. */
class PostgresStoreIT extends StoreContractTest {

    private PostgresServer.Database database;

    @Override
    protected Store openStore(Clock clock) {
        database = PostgresServer.shared().createDatabase();
        return JdbcStore.postgres(database.jdbcUrl(), database.user(), database.password(), clock);
    }

    @Override
    protected void cleanup() {
        if (database != null) {
            PostgresServer.shared().dropDatabase(database);
        }
    }

    /** Several stores on one database stand for several control-plane processes. */
    @Test
    @Timeout(120)
    void storesSharingADatabaseNeverHoldALeaseTogether() throws Exception {
        List<JdbcStore> processes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            processes.add(JdbcStore.postgres(database.jdbcUrl(), database.user(), database.password(), clock,
                    JdbcStoreOptions.defaults().withPoolSize(2)));
        }
        AtomicInteger holders = new AtomicInteger();
        AtomicInteger acquired = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                JdbcStore process = processes.get(i % 3);
                String owner = "worker-" + i;
                workers.add(pool.submit(() -> {
                    for (int held = 0; held < 5 && System.nanoTime() < deadline; ) {
                        Optional<Lease> lease = process.leases().acquire("shared-job", owner, Duration.ofSeconds(30));
                        if (lease.isPresent()) {
                            assertThat(holders.incrementAndGet()).isEqualTo(1);
                            Thread.sleep(2);
                            assertThat(holders.decrementAndGet()).isZero();
                            assertThat(process.leases().release("shared-job", owner)).isTrue();
                            held++;
                            acquired.incrementAndGet();
                        } else {
                            Thread.sleep(1);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(90, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
            processes.forEach(JdbcStore::close);
        }
        assertThat(acquired.get()).isEqualTo(30);
    }

    @Test
    void aSecondStoreOnAMigratedDatabaseStartsAndIsReady() {
        try (JdbcStore second = JdbcStore.postgres(database.jdbcUrl(), database.user(), database.password(), clock)) {
            assertThat(second.health().ready()).isTrue();
            assertThat(second.kind()).isEqualTo("postgresql");
        }
    }
}
