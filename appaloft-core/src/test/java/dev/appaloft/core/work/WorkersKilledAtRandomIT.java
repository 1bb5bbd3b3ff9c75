package dev.appaloft.core.work;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.store.work.WorkFilter;
import dev.appaloft.api.store.work.WorkRequest;
import dev.appaloft.api.store.work.WorkStatus;
import dev.appaloft.store.jdbc.JdbcStore;
import dev.appaloft.store.jdbc.testing.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two control-plane processes share one PostgreSQL and run 2,000 queued items while the test kills
 * one of them at random ({@code kill -9}) and starts it again, over and over. Afterwards every item
 * has succeeded (none lost), no two runs of one item overlapped (never two holders), and no item ran
 * after it had succeeded (no double execution).
 */
class WorkersKilledAtRandomIT {

    static final int ITEMS = 2_000;

    @TempDir Path dir;

    @Test
    @Timeout(600)
    void noWorkIsLostOrRunTwiceAtOnceWhenWorkersDie() throws Exception {
        PostgresServer.Database db = PostgresServer.shared().createDatabase();
        try (JdbcStore store = JdbcStore.postgres(db.jdbcUrl(), db.user(), db.password(), Clock.systemUTC());
             Connection sql = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            try (Statement s = sql.createStatement()) {
                s.execute("CREATE TABLE kill_runs (run_id TEXT PRIMARY KEY, item_id TEXT NOT NULL, process TEXT NOT NULL,"
                        + " started_at TIMESTAMPTZ NOT NULL, ended_at TIMESTAMPTZ)");
            }
            for (int i = 0; i < ITEMS; i++) {
                store.work().enqueue(WorkRequest.of(KillableWorkerMain.KIND, "{\"n\":" + i + "}").withMaxAttempts(20));
            }
            String[] names = {"a0", "b0"};
            Process[] processes = {start(db, names[0]), start(db, names[1])};
            Random random = new Random(42);
            int kills = 0;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
            while (succeeded(store) < ITEMS) {
                assertThat(System.nanoTime()).as("all items succeed in time (see worker-*.log)").isLessThan(deadline);
                Thread.sleep(100 + random.nextInt(300));
                int victim = random.nextInt(2);
                // only a process caught in the middle of a run is killed: that is the case under test
                if (kills < 10 && running(sql, names[victim]) > 0) {
                    processes[victim].destroyForcibly().waitFor();
                    kills++;
                    names[victim] = (victim == 0 ? "a" : "b") + kills;
                    processes[victim] = start(db, names[victim]);
                }
            }
            for (Process p : processes) {
                p.destroyForcibly().waitFor();
            }

            assertThat(kills).as("workers were killed while items ran").isGreaterThanOrEqualTo(5);
            assertThat(count(sql, "SELECT COUNT(*) FROM kill_runs WHERE ended_at IS NULL"))
                    .as("the kills interrupted runs").isGreaterThanOrEqualTo(kills);
            assertThat(store.work().count(WorkFilter.all().statuses(Set.of(WorkStatus.SUCCEEDED))))
                    .as("no item is lost").isEqualTo(ITEMS);
            assertThat(count(sql, "SELECT COUNT(DISTINCT item_id) FROM kill_runs WHERE ended_at IS NOT NULL"))
                    .as("every item ran to its end at least once").isEqualTo(ITEMS);
            assertThat(count(sql, "SELECT COUNT(*) FROM kill_runs a JOIN kill_runs b ON a.item_id = b.item_id"
                    + " AND a.run_id <> b.run_id WHERE a.ended_at IS NOT NULL AND b.started_at >= a.started_at"
                    + " AND b.started_at < a.ended_at")).as("no two runs of one item overlap").isZero();
            // an item runs after it succeeded only if someone claimed a finished item
            assertThat(count(sql, "SELECT COUNT(*) FROM kill_runs r JOIN work_items w ON w.id = r.item_id"
                    + " WHERE r.started_at > to_timestamp(w.finished_at / 1000.0) + interval '5 milliseconds'"))
                    .as("no run after success").isZero();
            long reruns = count(sql, "SELECT COUNT(*) FROM kill_runs") - ITEMS;
            System.out.printf("killed %d times; %d runs were repeats of an interrupted run%n", kills, reruns);
        } finally {
            PostgresServer.shared().dropDatabase(db);
        }
    }

    private static long running(Connection sql, String process) throws Exception {
        try (var s = sql.prepareStatement("SELECT COUNT(*) FROM kill_runs WHERE process = ? AND ended_at IS NULL")) {
            s.setString(1, process);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Process start(PostgresServer.Database db, String name) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx96m", "-cp", System.getProperty("java.class.path"), KillableWorkerMain.class.getName(),
                db.jdbcUrl(), db.user(), db.password(), name));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("worker-" + name + ".log").toFile()).start();
    }

    private static long succeeded(JdbcStore store) {
        return store.work().count(WorkFilter.all().statuses(Set.of(WorkStatus.SUCCEEDED)));
    }

    private static long count(Connection sql, String query) throws Exception {
        try (Statement s = sql.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
