package dev.appaloft.core.tasks;

import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the due times of enabled tasks on the work queue. Every tick (in any number of
 * control-plane processes) enqueues each due time of the coming {@code lookahead} as an item due
 * at that time; its idempotency key holds the task, its last change and the due time, so every
 * process enqueues the same item and a worker starts it when it is due. A due time that passed
 * more than {@code grace} ago (no control plane was running) is not replayed: it is reported in
 * the log, once, with how many were missed.
 */
public final class TaskScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(TaskScheduler.class);
    /** At most this many due times of one task per tick: a task every second still gets each one. */
    static final int MAX_PER_TICK = 120;

    private final Store store;
    private final Clock clock;
    private final Duration lookahead;
    private final Duration grace;
    /** Per task version (id:updatedAt): the latest due time this process has enqueued. */
    private final Map<String, Instant> enqueuedThrough = new ConcurrentHashMap<>();

    public TaskScheduler(Store store, Clock clock, Duration tick) {
        this.store = store;
        this.clock = clock;
        this.lookahead = tick.multipliedBy(2).compareTo(Duration.ofSeconds(10)) < 0 ? Duration.ofSeconds(10)
                : tick.multipliedBy(2);
        this.grace = tick.multipliedBy(3).compareTo(Duration.ofSeconds(30)) < 0 ? Duration.ofSeconds(30)
                : tick.multipliedBy(3);
    }

    /** A tick for a scheduled executor: never throws (a failed tick is retried by the next). */
    public Runnable tick(Function<WorkRequest, WorkItem> enqueue) {
        return () -> {
            try {
                enqueueDue(enqueue);
            } catch (RuntimeException e) {
                LOG.warn("scheduled task runs could not be enqueued: {}", e.toString());
            }
        };
    }

    /** Enqueues the due times up to now + lookahead of every enabled task; returns how many it enqueued. */
    public int enqueueDue(Function<WorkRequest, WorkItem> enqueue) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<ScheduledTask> tasks = store.read(r -> TaskRepository.TASKS.values(r,
                TaskRepository.tasks(null, ScheduledTask.ENABLED)));
        Set<String> seen = new HashSet<>();
        int enqueued = 0;
        for (ScheduledTask task : tasks) {
            String version = task.id() + ":" + task.updatedAt().toEpochMilli();
            seen.add(version);
            CronSchedule schedule;
            try {
                schedule = CronSchedule.parse(task.schedule(), task.timezone());
            } catch (CronSchedule.Invalid e) {
                LOG.warn("scheduled task {} has a schedule that no longer parses ({}); not run", task.id(),
                        e.getMessage());
                continue;
            }
            Instant earliest = now.minus(grace);
            Instant from = enqueuedThrough.getOrDefault(version, task.updatedAt());
            if (from.isBefore(earliest)) {
                reportMissed(task, schedule, from, earliest);
                from = earliest;
            }
            Instant until = now.plus(lookahead);
            List<Instant> due = schedule.dueIn(from, until, MAX_PER_TICK);
            for (Instant at : due) {
                enqueue.apply(TaskWork.scheduled(task, at));
                enqueued++;
            }
            enqueuedThrough.put(version, due.size() == MAX_PER_TICK ? due.get(due.size() - 1) : until);
        }
        enqueuedThrough.keySet().retainAll(seen); // changed, disabled and deleted tasks are forgotten
        return enqueued;
    }

    private void reportMissed(ScheduledTask task, CronSchedule schedule, Instant from, Instant earliest) {
        List<Instant> missed = schedule.dueIn(from, earliest, 100);
        if (missed.isEmpty()) {
            return;
        }
        // another process may have run them: only those without a run were missed
        long without = missed.stream().filter(at -> store.read(r -> TaskRepository.RUNS.findByKey(r,
                TaskRepository.dueKey(task.id(), at))).isEmpty()).count();
        if (without > 0) {
            LOG.warn("scheduled task {} (resource {}) missed {}{} due time(s) between {} and {} while no control plane "
                            + "ran it; they are not replayed", task.id(), task.resourceId(), without,
                    missed.size() == 100 ? "+" : "", missed.get(0), missed.get(missed.size() - 1));
        }
    }
}
