package dev.appaloft.core.work;

import dev.appaloft.api.operatorwork.OperatorWorkKind;
import dev.appaloft.api.store.work.RetryPolicy;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.store.jdbc.JdbcStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A control-plane process for {@link WorkersKilledAtRandomIT}: an engine with four workers on a
 * shared PostgreSQL, running {@link #KIND} items until it is killed. Each run records its start and
 * end in {@code kill_runs} (database clock), so the test can find overlapping or late runs.
 */
public final class KillableWorkerMain {

    public static final String KIND = "kill-test";

    private KillableWorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        String process = args[3];
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                return DriverManager.getConnection(url, user, password);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        WorkKind kind = new WorkKind(KIND, OperatorWorkKind.SYSTEM, "system.kill-test",
                new RetryPolicy(20, Duration.ofMillis(20), Duration.ofMillis(200)), item -> {
                    String run = UUID.randomUUID().toString();
                    Connection c = connections.get();
                    try (PreparedStatement start = c.prepareStatement("INSERT INTO kill_runs (run_id, item_id, process,"
                            + " started_at) VALUES (?, ?, ?, clock_timestamp())")) {
                        start.setString(1, run);
                        start.setString(2, item.id());
                        start.setString(3, process);
                        start.executeUpdate();
                    }
                    Thread.sleep(ThreadLocalRandom.current().nextInt(5, 40));
                    try (PreparedStatement end = c.prepareStatement(
                            "UPDATE kill_runs SET ended_at = clock_timestamp() WHERE run_id = ?")) {
                        end.setString(1, run);
                        end.executeUpdate();
                    }
                });
        AppaloftEngine engine = AppaloftEngine.builder()
                .store(JdbcStore.postgres(url, user, password, Clock.systemUTC()))
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .workers(4, Duration.ofSeconds(2), Duration.ofMillis(20)).dailyHousekeeping(false)
                .workKind(kind)
                .build();
        System.out.println("worker process " + process + " ready");
        Thread.sleep(Long.MAX_VALUE); // until killed
        engine.close();
    }
}
