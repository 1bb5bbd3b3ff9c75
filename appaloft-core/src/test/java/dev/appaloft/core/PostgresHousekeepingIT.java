package dev.appaloft.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.work.WorkFilter;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkStatus;
import dev.appaloft.core.retention.SystemHousekeeping;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.store.jdbc.JdbcStore;
import dev.appaloft.store.jdbc.testing.PostgresServer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The housekeeping scenarios on a real PostgreSQL server, and two control-plane processes (two
 * engines, each with its own store and pool) on one database: they create one item per day.
 */
class PostgresHousekeepingIT extends HousekeepingScenarios {

    private PostgresServer.Database db;

    @Override
    protected Store openStore() {
        db = PostgresServer.shared().createDatabase();
        return postgres();
    }

    private Store postgres() {
        return JdbcStore.postgres(db.jdbcUrl(), db.user(), db.password(), Clock.systemUTC());
    }

    @Test
    void twoEnginesOnOneDatabaseCreateOneItemForTheDay() throws Exception {
        ExecutorService starting = Executors.newFixedThreadPool(2);
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<AppaloftEngine>> engines = List.of(starting.submit(() -> started(together)),
                starting.submit(() -> started(together)));
        AppaloftEngine a = engines.get(0).get(60, TimeUnit.SECONDS);
        AppaloftEngine b = engines.get(1).get(60, TimeUnit.SECONDS);
        try {
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            WorkItem item = awaitHousekeepingItem();
            assertThat(item.idempotencyKey()).isEqualTo(SystemHousekeeping.KIND + ":" + today);

            // the same day enqueued by both at once is still that one item
            LocalDate tomorrow = today.plusDays(1);
            Future<WorkItem> fromA = starting.submit(() -> {
                together.await(10, TimeUnit.SECONDS);
                return a.enqueue(SystemHousekeeping.request(tomorrow));
            });
            Future<WorkItem> fromB = starting.submit(() -> {
                together.await(10, TimeUnit.SECONDS);
                return b.enqueue(SystemHousekeeping.request(tomorrow));
            });
            assertThat(fromA.get(30, TimeUnit.SECONDS).id()).isEqualTo(fromB.get(30, TimeUnit.SECONDS).id());

            awaitWork(item.id(), WorkStatus.SUCCEEDED);
            assertThat(store.work().find(item.id()).orElseThrow().attempts()).as("run once").isEqualTo(1);
            assertThat(store.work().count(WorkFilter.all().kinds(Set.of(SystemHousekeeping.KIND)))).isEqualTo(2);
        } finally {
            starting.shutdownNow();
            a.close();
            b.close();
        }
    }

    private AppaloftEngine started(CyclicBarrier together) throws Exception {
        Store own = postgres();
        together.await(30, TimeUnit.SECONDS);
        return AppaloftEngine.builder().store(own).clock(clock).secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .workers(2, Duration.ofSeconds(3), Duration.ofMillis(20)).build();
    }
}
