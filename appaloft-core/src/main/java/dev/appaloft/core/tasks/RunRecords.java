package dev.appaloft.core.tasks;

import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.resources.ResourceLifecycleStatus;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.resources.ResourceRepository;
import java.time.Instant;
import java.util.Optional;

/**
 * The run's state changes, each in its own transaction. Starting a run writes the task's
 * document too ({@code runningRunId}): of two workers starting runs of one task at once, one
 * loses the version race, decides again and finds the task held, so {@code forbid} holds across
 * processes. These are the runner's own writes, not commands: they leave no audit records.
 */
final class RunRecords {

    private static final String OPERATION = "scheduledTasks.run";

    private final CoreContext ctx;

    RunRecords(CoreContext ctx) {
        this.ctx = ctx;
    }

    /** A run that may go on ({@code interrupted}: it had started in a worker that died; it is now failed). */
    record Begun(ScheduledTaskRun run, ScheduledTask task, boolean interrupted) {
    }

    /** Records the run of a scheduled due time (once: a second call finds it); null when the task moved on. */
    String acceptScheduled(Actor system, TaskWork work) {
        Instant dueAt = Instant.ofEpochMilli(work.dueAt());
        try {
            return ctx.command(system, OPERATION, uow -> {
                Optional<Versioned<ScheduledTaskRun>> same = TaskRepository.RUNS.findByKey(uow.tx(),
                        TaskRepository.dueKey(work.taskId(), dueAt));
                if (same.isPresent()) {
                    return same.get().value().id();
                }
                Optional<ScheduledTask> task = TaskRepository.TASKS.findIn(uow.tx(), system.organizationId(),
                        work.taskId()).map(Versioned::value);
                if (task.isEmpty() || !task.get().enabled()
                        || task.get().updatedAt().toEpochMilli() != work.taskUpdatedAt()) {
                    return null;
                }
                ScheduledTaskRun run = ScheduledTaskRun.accepted(Ids.next("str"), task.get(),
                        ScheduledTaskRun.SCHEDULED, dueAt, null, uow.now());
                TaskRepository.RUNS.insert(uow.tx(), run, uow.now());
                return run.id();
            });
        } catch (AppaloftException e) {
            // another process recorded this due time in the same instant (the unique key): that run is the one
            return ctx.read(r -> TaskRepository.RUNS.findByKey(r, TaskRepository.dueKey(work.taskId(), dueAt)))
                    .map(v -> v.value().id()).orElseThrow(() -> e);
        }
    }

    /** Moves an accepted run to running (or skipped); null when there is nothing to run. */
    Begun begin(Actor system, String runId) {
        return ctx.command(system, OPERATION, uow -> {
            Optional<Versioned<ScheduledTaskRun>> found = TaskRepository.RUNS.findIn(uow.tx(), system.organizationId(),
                    runId);
            if (found.isEmpty() || found.get().value().state().terminal()) {
                return null;
            }
            Versioned<ScheduledTaskRun> run = found.get();
            Optional<Versioned<ScheduledTask>> task = TaskRepository.TASKS.findIn(uow.tx(), system.organizationId(),
                    run.value().taskId());
            if (run.value().state() == RunStatus.RUNNING) {
                ScheduledTaskRun failed = run.value().finished(false, null, "the run was interrupted: the control plane "
                        + "running it stopped; it was not started again", run.value().attempts(), uow.now());
                TaskRepository.RUNS.update(uow.tx(), run, failed, uow.now());
                task.ifPresent(t -> release(uow.tx(), t, runId, uow.now()));
                return new Begun(failed, task.map(Versioned::value).orElse(null), true);
            }
            String skipped = skipReason(uow.tx(), task.map(Versioned::value).orElse(null), runId);
            if (skipped != null) {
                TaskRepository.RUNS.update(uow.tx(), run, run.value().skipped(skipped, uow.now()), uow.now());
                return null;
            }
            TaskRepository.TASKS.update(uow.tx(), task.get(), task.get().value().holding(runId), uow.now());
            ScheduledTaskRun started = run.value().started(uow.now());
            TaskRepository.RUNS.update(uow.tx(), run, started, uow.now());
            return new Begun(started, task.get().value(), false);
        });
    }

    private static String skipReason(StoreTransaction tx, ScheduledTask task, String runId) {
        if (task == null || !task.enabled()) {
            return ScheduledTaskRun.TASK_DISABLED;
        }
        boolean active = ResourceRepository.find(tx, task.organizationId(), task.resourceId())
                .map(v -> v.value().lifecycleStatus() == ResourceLifecycleStatus.ACTIVE).orElse(false);
        if (!active) {
            return ScheduledTaskRun.RESOURCE_ARCHIVED;
        }
        String holder = task.runningRunId();
        if (holder != null && !holder.equals(runId)) {
            boolean live = TaskRepository.RUNS.find(tx, holder).map(v -> v.value().state() == RunStatus.RUNNING)
                    .orElse(false);
            if (live) {
                return ScheduledTaskRun.CONCURRENCY_FORBIDDEN;
            }
        }
        return null;
    }

    /** The run's log as it is so far. */
    void saveLog(ScheduledTaskRun run, RunOutput output) {
        ctx.store().transaction(tx -> {
            writeLog(tx, output.toLog(run), ctx.now());
            return null;
        });
    }

    /** Ends a running run with its outcome and log, and frees the task for its next run. */
    void finish(Actor system, ScheduledTaskRun run, boolean succeeded, Integer exitCode, String failure, int attempts,
                RunOutput output) {
        ctx.command(system, OPERATION, uow -> {
            Versioned<ScheduledTaskRun> current = TaskRepository.RUNS.find(uow.tx(), run.id()).orElseThrow();
            if (current.value().state() != RunStatus.RUNNING) {
                return null; // ended meanwhile (recovered as interrupted by another process)
            }
            TaskRepository.RUNS.update(uow.tx(), current, current.value().finished(succeeded, exitCode,
                    output.masked(failure), attempts, uow.now()), uow.now());
            TaskRepository.TASKS.find(uow.tx(), run.taskId()).ifPresent(t -> release(uow.tx(), t, run.id(), uow.now()));
            writeLog(uow.tx(), output.toLog(run), uow.now());
            return null;
        });
    }

    private static void release(StoreTransaction tx, Versioned<ScheduledTask> task, String runId, Instant now) {
        if (runId.equals(task.value().runningRunId())) {
            TaskRepository.TASKS.update(tx, task, task.value().holding(null), now);
        }
    }

    private static void writeLog(StoreTransaction tx, RunLog log, Instant now) {
        Optional<Versioned<RunLog>> before = TaskRepository.LOGS.find(tx, log.id());
        if (before.isPresent()) {
            TaskRepository.LOGS.update(tx, before.get(), log, now);
        } else {
            TaskRepository.LOGS.insert(tx, log, now);
        }
    }
}
