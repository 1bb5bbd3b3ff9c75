package dev.appaloft.core.work;

import dev.appaloft.api.store.work.WorkError;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkQueue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker threads of one process: each claims one due item at a time from the shared queue,
 * runs its kind's handler, and completes or fails it (the kind's retry policy picks the delay).
 * Leases are renewed while a handler runs; a handler whose lease could not be renewed is
 * interrupted, since another process may take the item over once the lease expires.
 */
public final class Workers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Workers.class);

    private final WorkQueue queue;
    private final WorkKinds kinds;
    private final int threads;
    private final Duration lease;
    private final Duration idlePoll;
    private final String processId = "proc-" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, Thread> running = new ConcurrentHashMap<>(); // item id -> thread running it
    private final Map<String, String> owners = new ConcurrentHashMap<>(); // item id -> lease owner
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Object wake = new Object();
    private final Random random = new Random();
    private final ScheduledExecutorService renewer;
    private final Thread[] loops;

    public Workers(WorkQueue queue, WorkKinds kinds, int threads, Duration lease, Duration idlePoll) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.kinds = Objects.requireNonNull(kinds, "kinds");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
        this.lease = lease;
        this.idlePoll = idlePoll;
        this.loops = new Thread[threads];
        this.renewer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "appaloft-work-renewer"));
    }

    public void start() {
        long every = Math.max(1, lease.toMillis() / 3);
        renewer.scheduleWithFixedDelay(this::renewAll, every, every, TimeUnit.MILLISECONDS);
        for (int i = 0; i < threads; i++) {
            String owner = processId + "/w" + i;
            loops[i] = daemon(() -> loop(owner), "appaloft-worker-" + i);
            loops[i].start();
        }
    }

    /** Wakes idle workers now (something was enqueued) instead of at their next poll. */
    public void wake() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private void loop(String owner) {
        while (!stopped.get()) {
            try {
                List<WorkItem> claimed = queue.claim(owner, kinds.names(), 1, lease);
                if (claimed.isEmpty()) {
                    idle();
                } else {
                    claimed.forEach(item -> run(item, owner));
                }
            } catch (RuntimeException e) {
                // the store is unreachable or the item vanished: back off one poll and try again
                LOG.warn("work loop of {} failed: {}", owner, e.toString());
                idle();
            }
        }
    }

    private void run(WorkItem item, String owner) {
        WorkKind kind = kinds.find(item.kind()).orElseThrow();
        running.put(item.id(), Thread.currentThread());
        owners.put(item.id(), owner);
        try {
            kind.handler().run(item);
            if (!queue.complete(item.id(), owner)) {
                LOG.info("work item {} ended but was canceled or taken over meanwhile", item.id());
            }
        } catch (WorkFailure failure) {
            fail(item, owner, kind, failure.error(), failure.retriable());
        } catch (InterruptedException e) {
            fail(item, owner, kind, new WorkError("run", "interrupted", "the worker stopped or lost its lease"), true);
        } catch (Exception e) {
            LOG.warn("work item {} ({}) failed: {}", item.id(), item.kind(), e.toString());
            fail(item, owner, kind, new WorkError("run", "unexpected_error", e.getClass().getSimpleName()), true);
        } finally {
            running.remove(item.id());
            owners.remove(item.id());
            Thread.interrupted(); // an interrupt meant for this item must not end the next one
        }
    }

    private void fail(WorkItem item, String owner, WorkKind kind, WorkError error, boolean retriable) {
        Duration delay = kind.retry().delayFor(Math.max(1, item.attempts()), random);
        queue.fail(item.id(), owner, error, delay, retriable);
    }

    private void renewAll() {
        owners.forEach((id, owner) -> {
            try {
                if (!queue.renew(id, owner, lease)) {
                    Thread thread = running.get(id);
                    if (thread != null) {
                        LOG.warn("lost the lease on work item {}; interrupting its handler", id);
                        thread.interrupt();
                    }
                }
            } catch (RuntimeException e) {
                LOG.warn("could not renew the lease on work item {}: {}", id, e.toString());
            }
        });
    }

    private void idle() {
        synchronized (wake) {
            try {
                wake.wait(idlePoll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped.set(true);
            }
        }
    }

    /** Stops claiming and waits up to {@code grace} for running handlers; unfinished items are retried later. */
    public void close(Duration grace) {
        stopped.set(true);
        wake();
        long deadline = System.nanoTime() + grace.toNanos();
        for (Thread loop : loops) {
            if (loop == null) {
                continue;
            }
            try {
                loop.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            loop.interrupt();
        }
        renewer.shutdownNow();
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
