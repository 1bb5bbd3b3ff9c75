package dev.appaloft.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.store.ConcurrentRuns;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.WorkQueueContractTest;
import dev.appaloft.api.store.work.WorkFilter;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkRequest;
import dev.appaloft.api.store.work.WorkStatus;
import dev.appaloft.store.jdbc.testing.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The work queue contract on a real PostgreSQL. One database serves the whole class (migrated
 * once); each test starts from empty work tables.
 */
class PostgresWorkQueueIT extends WorkQueueContractTest {

    private static PostgresServer.Database database;

    @BeforeAll
    static void createDatabase() {
        database = PostgresServer.shared().createDatabase();
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            PostgresServer.shared().dropDatabase(database);
        }
    }

    @Override
    protected Store openStore(Clock clock) {
        JdbcStore opened = open(clock);
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password()); Statement sql = connection.createStatement()) {
            sql.execute("TRUNCATE work_item_refs, work_items");
        } catch (SQLException e) {
            opened.close();
            throw new IllegalStateException("cannot empty the work tables", e);
        }
        return opened;
    }

    /** Several stores on one database stand for several control-plane processes sharing the queue. */
    @Test
    @Timeout(180)
    void processesSharingADatabaseClaimEveryItemOnce() throws Exception {
        for (int i = 0; i < 300; i++) {
            queue.enqueue(WorkRequest.of("deploy", "{}"));
        }
        List<JdbcStore> processes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            processes.add(open(clock));
        }
        Map<String, String> holders = new ConcurrentHashMap<>();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        try {
            ConcurrentRuns.run(6, () -> {
                int n = next.getAndIncrement();
                JdbcStore process = processes.get(n % 3);
                String owner = "process-" + (n % 3) + "-worker-" + n;
                for (List<WorkItem> batch = process.work().claim(owner, Set.of(), 3, Duration.ofHours(1));
                        !batch.isEmpty(); batch = process.work().claim(owner, Set.of(), 3, Duration.ofHours(1))) {
                    for (WorkItem item : batch) {
                        if (holders.putIfAbsent(item.id(), owner) != null) {
                            duplicates.incrementAndGet();
                        }
                        assertThat(process.work().complete(item.id(), owner)).isTrue();
                    }
                }
            });
        } finally {
            processes.forEach(JdbcStore::close);
        }
        assertThat(duplicates.get()).isZero();
        assertThat(holders).hasSize(300);
        assertThat(queue.count(WorkFilter.all().statuses(Set.of(WorkStatus.SUCCEEDED)))).isEqualTo(300);
    }

    private static JdbcStore open(Clock clock) {
        return JdbcStore.postgres(database.jdbcUrl(), database.user(), database.password(), clock);
    }
}
