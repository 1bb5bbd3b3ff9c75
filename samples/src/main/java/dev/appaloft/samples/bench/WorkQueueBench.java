package dev.appaloft.samples.bench;

import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.work.WorkFilter;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkQueue;
import dev.appaloft.api.store.work.WorkRequest;
import dev.appaloft.api.store.work.WorkStatus;
import dev.appaloft.store.jdbc.JdbcStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Work queue throughput: W worker threads claim (in batches of B) and complete no-op items until
 * the queue of N items is empty, on SQLite (a temp file) or PostgreSQL. Prints enqueue and
 * claim+complete rates, and how many items were completed twice (must be 0). Each round uses a
 * kind of its own and prunes it afterwards, so rounds do not see each other's items.
 *
 * <pre>java -cp samples.jar dev.appaloft.samples.bench.WorkQueueBench sqlite|postgresql [items] [workers]
 * [batches, e.g. 1,16]</pre>
 * PostgreSQL: {@code APPALOFT_BENCH_POSTGRES_URL}, {@code _USER}, {@code _PASSWORD}.
 */
public final class WorkQueueBench {

    private static final Duration LEASE = Duration.ofMinutes(5);

    public static void main(String[] args) throws Exception {
        String kind = args.length > 0 ? args[0] : "sqlite";
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int workers = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        List<Integer> batches = args.length > 3
                ? List.of(args[3].split(",")).stream().map(Integer::parseInt).toList() : List.of(1, 16);
        Path dir = Files.createTempDirectory("appaloft-work-bench");
        try (Store store = open(kind, dir)) {
            System.out.printf(Locale.ROOT, "store=%s items=%d workers=%d%n", store.kind(), items, workers);
            round(store.work(), "warm-up", Math.min(items, 4000), workers, 16, false);
            for (int batch : batches) {
                round(store.work(), "batch-" + batch, items, workers, batch, true);
            }
        }
    }

    private static void round(WorkQueue queue, String name, int items, int workers, int batch, boolean print)
            throws InterruptedException {
        String kind = "bench-" + name + "-" + System.nanoTime();
        long enqueueStart = System.nanoTime();
        parallel(workers, w -> {
            for (int i = w; i < items; i += workers) {
                queue.enqueue(WorkRequest.of(kind, "{\"n\":" + i + "}"));
            }
        });
        double enqueueSeconds = (System.nanoTime() - enqueueStart) / 1e9;

        Set<String> done = ConcurrentHashMap.newKeySet();
        AtomicLong twice = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long start = System.nanoTime();
        parallel(workers, w -> {
            String owner = "worker-" + w;
            for (List<WorkItem> claimed = queue.claim(owner, Set.of(kind), batch, LEASE); !claimed.isEmpty();
                    claimed = queue.claim(owner, Set.of(kind), batch, LEASE)) {
                for (WorkItem item : claimed) {
                    if (!queue.complete(item.id(), owner)) {
                        refused.incrementAndGet();
                    }
                    if (!done.add(item.id())) {
                        twice.incrementAndGet();
                    }
                }
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        long succeeded = queue.count(WorkFilter.all().kinds(Set.of(kind)).statuses(Set.of(WorkStatus.SUCCEEDED)));
        queue.prune(Instant.now().plusSeconds(1), Set.of(WorkStatus.SUCCEEDED), false);
        if (print) {
            System.out.printf(Locale.ROOT, "%-9s enqueue %,8.0f items/s | claim+complete %,8.0f items/s "
                    + "(%d items in %.2fs, batch %d) | succeeded %d, completed twice %d, refused %d%n",
                    name, items / enqueueSeconds, done.size() / seconds, done.size(), seconds, batch, succeeded,
                    twice.get(), refused.get());
        }
        if (succeeded != items || twice.get() != 0 || refused.get() != 0) {
            throw new IllegalStateException("the queue lost or repeated work in round " + name);
        }
    }

    /** Runs {@code body(worker)} on {@code threads} threads started together; rethrows the first failure. */
    private static void parallel(int threads, java.util.function.IntConsumer body) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> started = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            int worker = t;
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                    body.accept(worker);
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "bench-worker-" + t);
            thread.start();
            started.add(thread);
        }
        go.countDown();
        for (Thread thread : started) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a worker failed", failures.get(0));
        }
    }

    private static Store open(String kind, Path dir) {
        return switch (kind) {
            case "sqlite" -> JdbcStore.sqlite(dir.resolve("work.db"), Clock.systemUTC());
            case "postgresql" -> JdbcStore.postgres(System.getenv("APPALOFT_BENCH_POSTGRES_URL"),
                    System.getenv("APPALOFT_BENCH_POSTGRES_USER"), System.getenv("APPALOFT_BENCH_POSTGRES_PASSWORD"),
                    Clock.systemUTC());
            default -> throw new IllegalArgumentException("store: sqlite or postgresql");
        };
    }
}
