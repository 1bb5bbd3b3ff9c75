package dev.appaloft.core.tasks;

import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.operatorwork.OperatorWorkKind;
import dev.appaloft.api.resources.ResourceLifecycleStatus;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.InstanceLogLine;
import dev.appaloft.api.runtime.TaskRunRequest;
import dev.appaloft.api.runtime.TaskRunResult;
import dev.appaloft.api.runtime.VolumeMount;
import dev.appaloft.api.store.work.RetryPolicy;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.core.deployments.Deployment;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.resources.ResourceRepository;
import dev.appaloft.core.resources.running.DeploymentFacts;
import dev.appaloft.core.storage.StorageMounts;
import dev.appaloft.core.work.WorkKind;
import dev.appaloft.core.work.WorkKinds;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the work items of kind {@value TaskWork#KIND}: one run of a task. A scheduled item first
 * records its run (one per task and due time, whatever the number of processes); then the run
 * starts only if the task is enabled, its resource active and no other run of it is running
 * ({@code forbid}), else it is skipped with the reason. The command runs as a one-off container
 * of the resource's current deployment image on its server, up to {@code 1 + retryLimit}
 * attempts, each killed at the task's timeout; output is masked and kept with the run.
 */
public final class TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);
    // the queue's retries only recover a worker that died mid-run; the task's own retries are attempts here
    private static final RetryPolicy RETRY = new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofMinutes(1));
    static final String LABEL_TASK = "appaloft.task";
    static final String LABEL_RUN = "appaloft.task-run";

    private final CoreContext ctx;
    private final DeploymentRuntimes runtimes;
    private final RunRecords records;

    private TaskRunner(CoreContext ctx, DeploymentRuntimes runtimes) {
        this.ctx = ctx;
        this.runtimes = runtimes;
        this.records = new RunRecords(ctx);
    }

    public static void register(WorkKinds kinds, CoreContext ctx, DeploymentRuntimes runtimes) {
        TaskRunner runner = new TaskRunner(ctx, runtimes);
        kinds.register(new WorkKind(TaskWork.KIND, OperatorWorkKind.RUNTIME_MAINTENANCE, "scheduledTasks.runNow", RETRY,
                runner::handle));
        kinds.describe(TaskWork.KIND, (reader, item) -> {
            TaskWork work = Json.read(item.payload(), TaskWork.class);
            return work.runId() != null ? Map.of("trigger", "manual", "runId", work.runId(), "taskId", work.taskId())
                    : Map.of("trigger", "scheduled", "taskId", work.taskId(),
                    "scheduledAt", java.time.Instant.ofEpochMilli(work.dueAt()).toString());
        });
    }

    void handle(WorkItem item) {
        TaskWork work = Json.read(item.payload(), TaskWork.class);
        Actor system = new Actor(Actor.Kind.SYSTEM, "scheduled-task-runner", item.organizationId(), Actor.Role.OWNER);
        String runId = work.runId() != null ? work.runId() : records.acceptScheduled(system, work);
        if (runId == null) {
            return; // the task changed, was disabled or deleted since this due time was queued
        }
        RunRecords.Begun begun = records.begin(system, runId);
        if (begun == null) {
            return;
        }
        if (begun.interrupted()) {
            removeLeftovers(begun);
            return;
        }
        execute(system, begun);
    }

    private void execute(Actor system, RunRecords.Begun begun) {
        ScheduledTask task = begun.task();
        ScheduledTaskRun run = begun.run();
        RunOutput output = new RunOutput(ctx::now);
        Deployment deployment = ctx.read(r -> {
            boolean active = ResourceRepository.find(r, task.organizationId(), task.resourceId())
                    .map(v -> v.value().lifecycleStatus() == ResourceLifecycleStatus.ACTIVE).orElse(false);
            return active ? DeploymentFacts.of(r, task.organizationId(), task.resourceId()).current() : null;
        });
        if (deployment == null) {
            output.system("resource " + task.resourceId() + " has no running deployment: deploy it before running tasks");
            records.finish(system, run, false, null, "the resource has no running deployment", 0, output);
            return;
        }
        TaskEnvironment environment = ctx.read(r -> TaskEnvironment.of(r, deployment, ctx.secrets()));
        output.mask(environment.mask());
        int attempts = 1 + task.retryLimit();
        Integer exitCode = null;
        String failure = null;
        int attempt = 0;
        while (attempt < attempts) {
            attempt++;
            output.system("attempt " + attempt + " of " + attempts + ": running the command in a one-off container of "
                    + deployment.plan().image() + " (deployment " + deployment.id() + ", server " + deployment.serverId()
                    + "), timeout " + task.timeoutSeconds() + " s");
            Outcome outcome = attempt(task, run, deployment, environment, attempt, output);
            exitCode = outcome.exitCode();
            failure = outcome.failure();
            if (failure == null) {
                output.system("exited with code 0");
                records.finish(system, run, true, exitCode, null, attempt, output);
                return;
            }
            output.system(failure);
            if (!outcome.retriable() || Thread.currentThread().isInterrupted()) {
                break;
            }
            if (attempt < attempts) {
                output.system("retrying (" + (attempts - attempt) + " attempt" + (attempts - attempt == 1 ? "" : "s")
                        + " left)");
            }
            records.saveLog(run, output);
        }
        records.finish(system, run, false, exitCode, failure, attempt, output);
    }

    private record Outcome(Integer exitCode, String failure, boolean retriable) {
    }

    private Outcome attempt(ScheduledTask task, ScheduledTaskRun run, Deployment deployment, TaskEnvironment env,
                            int attempt, RunOutput output) {
        try {
            DeploymentRuntime runtime = runtimes.require(deployment.plan().providerKey(), deployment.serverId());
            String name = "appaloft-task-" + run.id().replace('_', '-') + "-" + attempt;
            // the resource's storage as attached now, as its next deployment would mount it
            List<VolumeMount> mounts = StorageMounts.realize(ctx.read(r -> StorageMounts.plan(r,
                    task.organizationId(), task.resourceId())), runtime, (phase, level, message) -> output.system(message));
            TaskRunResult result = runtime.runTask(new TaskRunRequest(name, deployment.plan().image(), env.variables(),
                    List.of("sh", "-c", task.commandIntent()), Map.of(LABEL_TASK, task.id(), LABEL_RUN, run.id(),
                    "appaloft.task-resource", task.resourceId()), Duration.ofSeconds(task.timeoutSeconds()),
                    env.network(), mounts));
            result.output().forEach(line -> output.line(line.stream() == InstanceLogLine.Stream.STDERR ? "stderr"
                    : "stdout", line.timestamp(), line.text()));
            if (result.truncated()) {
                output.system("the output was longer than the runtime keeps; its first lines were dropped");
            }
            if (Thread.currentThread().isInterrupted()) {
                return new Outcome(null, "the run was interrupted: the control plane stopped or lost its claim on it",
                        false);
            }
            if (result.timedOut()) {
                return new Outcome(null, "timed out after " + task.timeoutSeconds() + " s; the container was killed",
                        true);
            }
            return result.exitCode() != null && result.exitCode() == 0 ? new Outcome(0, null, false)
                    : new Outcome(result.exitCode(), "exited with code " + result.exitCode(), true);
        } catch (AppaloftException e) {
            boolean unsupported = e.code().code().equals(ErrorCode.RUNTIME_TARGET_UNSUPPORTED.code());
            return new Outcome(null, "the runtime could not run the task (" + e.code().code() + "): "
                    + e.getMessage(), !unsupported && e.code().retryable());
        } catch (RuntimeException e) {
            LOG.warn("task run {} attempt {} failed: {}", run.id(), attempt, e.toString());
            return new Outcome(null, "the runtime failed: " + e.getClass().getSimpleName(), true);
        }
    }

    // a worker that died mid-run may have left its container running: nothing of that run may go on
    private void removeLeftovers(RunRecords.Begun begun) {
        try {
            Deployment d = ctx.read(r -> DeploymentFacts.of(r, begun.task().organizationId(),
                    begun.task().resourceId()).current());
            if (d == null) {
                return;
            }
            DeploymentRuntime runtime = runtimes.require(d.plan().providerKey(), d.serverId());
            runtime.find(Map.of(LABEL_RUN, begun.run().id())).forEach(i -> runtime.retire(i,
                    (phase, level, message) -> LOG.info("{}", message)));
        } catch (RuntimeException e) {
            LOG.warn("could not remove what the interrupted run {} left: {}", begun.run().id(), e.toString());
        }
    }
}
