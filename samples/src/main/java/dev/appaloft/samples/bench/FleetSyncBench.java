package dev.appaloft.samples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appaloft.api.FleetApi;
import dev.appaloft.api.fleet.AcquireInput;
import dev.appaloft.api.fleet.AcquiredDeployment;
import dev.appaloft.api.fleet.CreateDeploymentGroupInput;
import dev.appaloft.api.fleet.CreateFleetDeploymentInput;
import dev.appaloft.api.fleet.CreateReleaseInput;
import dev.appaloft.api.fleet.DeploymentState;
import dev.appaloft.api.fleet.FleetDeploymentStatus;
import dev.appaloft.api.fleet.Platform;
import dev.appaloft.api.fleet.ReconcileInput;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.fleet.FleetOptions;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.store.jdbc.JdbcStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fleet sync protocol under load, on the embedded store (SQLite) or PostgreSQL: N deployments,
 * A concurrent agents each doing acquire -> reconcile -> release as fast as they can, through the
 * engine's facade (no HTTP). Two modes: {@code owned} (each agent works its own share of the
 * deployments by id, as pull agents do) and {@code shared} (every agent acquires from the whole
 * pool with {@code limit 1}, as competing workers do). Prints cycles/s, operations/s, latency
 * percentiles per operation, and the number of times a deployment was handed to two sessions at
 * once (must be 0).
 *
 * <pre>java -cp samples.jar dev.appaloft.samples.bench.FleetSyncBench sqlite|postgresql [deployments]
 * [agents] [seconds] [owned|shared|both]</pre>
 * PostgreSQL: {@code APPALOFT_BENCH_POSTGRES_URL}, {@code _USER}, {@code _PASSWORD}.
 */
public final class FleetSyncBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        String storeKind = args.length > 0 ? args[0] : "sqlite";
        int deployments = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int agents = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        String modes = args.length > 4 ? args[4] : "both";
        Path work = Files.createTempDirectory("appaloft-sync-bench");
        try (AppaloftEngine engine = AppaloftEngine.builder().store(open(storeKind, work))
                .secretBox(AesGcmSecretBox.withKey("bench", AesGcmSecretBox.newKey()))
                .fleet(FleetOptions.defaults().withLeaseTtl(Duration.ofSeconds(60))).build()) {
            FleetApi fleet = engine.fleet();
            List<String> ids = seed(fleet, deployments);
            System.out.printf(Locale.ROOT, "store=%s deployments=%d agents=%d duration=%ds (facade, no HTTP)%n",
                    engine.store().kind(), deployments, agents, seconds);
            for (String mode : modes.equals("both") ? List.of("owned", "shared") : List.of(modes)) {
                run(fleet, ids, agents, 2, mode, false);
                run(fleet, ids, agents, seconds, mode, true);
            }
        }
    }

    private static Store open(String kind, Path work) {
        return switch (kind) {
            case "sqlite" -> JdbcStore.sqlite(work.resolve("fleet.db"), Clock.systemUTC());
            case "postgresql" -> JdbcStore.postgres(System.getenv("APPALOFT_BENCH_POSTGRES_URL"),
                    System.getenv("APPALOFT_BENCH_POSTGRES_USER"), System.getenv("APPALOFT_BENCH_POSTGRES_PASSWORD"),
                    Clock.systemUTC());
            default -> throw new IllegalArgumentException("store: sqlite or postgresql");
        };
    }

    /** The deployments, each brought to provisioning: they stay in the work set while agents report progress. */
    private static List<String> seed(FleetApi fleet, int count) throws Exception {
        String group = fleet.createGroup(new CreateDeploymentGroupInput("bench", (long) count)).id();
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(fleet.createDeployment(CreateFleetDeploymentInput.of("d" + i, Platform.TEST, group)).deployment().id());
        }
        fleet.createRelease(new CreateReleaseInput(JSON.readTree("{\"test\":{\"id\":\"s\",\"resources\":{}}}"), null));
        for (String id : ids) {
            fleet.acquire(AcquireInput.ids("seed", List.of(id)));
            fleet.reconcile(new ReconcileInput(id, "seed", state(0), null, null));
            fleet.releaseLease(id, "seed");
        }
        return ids;
    }

    private static DeploymentState state(long progress) {
        ObjectNode stackState = JSON.createObjectNode().put("platform", "test").put("resourcePrefix", "a0000000");
        stackState.putObject("resources").putObject("web").put("type", "container").put("status", "provisioning")
                .put("progress", progress).putObject("config").put("id", "web").put("type", "container");
        return new DeploymentState(FleetDeploymentStatus.PROVISIONING, Platform.TEST, null, null, stackState, null, null, null);
    }

    private static void run(FleetApi fleet, List<String> ids, int agents, int seconds, String mode, boolean print)
            throws InterruptedException {
        Map<String, String> holders = new ConcurrentHashMap<>();
        AtomicLong doubleHolds = new AtomicLong();
        AtomicLong emptyAcquires = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        long[][] acquire = new long[agents][];
        long[][] reconcile = new long[agents][];
        long[][] release = new long[agents][];
        long[][] cycle = new long[agents][];
        CountDownLatch done = new CountDownLatch(agents);
        for (int a = 0; a < agents; a++) {
            int agent = a;
            Thread thread = new Thread(() -> {
                Samples acq = new Samples();
                Samples rec = new Samples();
                Samples rel = new Samples();
                Samples cyc = new Samples();
                String session = "agent-" + agent;
                int next = agent;
                try {
                    while (!stop.get()) {
                        long t0 = System.nanoTime();
                        List<AcquiredDeployment> got = fleet.acquire(mode.equals("owned")
                                ? AcquireInput.ids(session, List.of(ids.get(next)))
                                : AcquireInput.of(session, 1)).deployments();
                        long t1 = System.nanoTime();
                        next = (next + agents) % ids.size();
                        if (got.isEmpty()) {
                            emptyAcquires.incrementAndGet();
                            continue;
                        }
                        String id = got.get(0).deployment().id();
                        if (holders.putIfAbsent(id, session) != null) {
                            doubleHolds.incrementAndGet();
                        }
                        fleet.reconcile(new ReconcileInput(id, session, state(t1), null, null));
                        long t2 = System.nanoTime();
                        holders.remove(id, session);
                        fleet.releaseLease(id, session);
                        long t3 = System.nanoTime();
                        acq.add(t1 - t0);
                        rec.add(t2 - t1);
                        rel.add(t3 - t2);
                        cyc.add(t3 - t0);
                    }
                } finally {
                    acquire[agent] = acq.values();
                    reconcile[agent] = rec.values();
                    release[agent] = rel.values();
                    cycle[agent] = cyc.values();
                    done.countDown();
                }
            }, "bench-agent-" + a);
            thread.start();
        }
        long started = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        if (!print) {
            return;
        }
        long[] cycles = merge(cycle);
        System.out.printf(Locale.ROOT, "%n== mode %s: %d cycles in %.1f s%n", mode, cycles.length, elapsed);
        System.out.printf(Locale.ROOT, "cycles/s %.0f   operations/s %.0f (acquire+reconcile+release)%n",
                cycles.length / elapsed, 3 * cycles.length / elapsed);
        print("acquire", merge(acquire));
        print("reconcile", merge(reconcile));
        print("release", merge(release));
        print("cycle", cycles);
        System.out.printf(Locale.ROOT, "double holds: %d   empty acquires: %d%n", doubleHolds.get(), emptyAcquires.get());
    }

    private static void print(String name, long[] sorted) {
        if (sorted.length == 0) {
            return;
        }
        System.out.printf(Locale.ROOT, "%-10s p50 %6.2f ms   p99 %6.2f ms   max %7.2f ms%n", name,
                at(sorted, 0.50), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))] / 1e6;
    }

    private static long[] merge(long[][] parts) {
        long[] all = Arrays.stream(parts).flatMapToLong(Arrays::stream).toArray();
        Arrays.sort(all);
        return all;
    }

    /** A growable array of nanosecond samples. */
    private static final class Samples {
        private long[] values = new long[1 << 14];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] values() {
            return Arrays.copyOf(values, size);
        }
    }
}
