package dev.appaloft.core.tasks;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.tasks.ScheduledTaskRunView;
import dev.appaloft.api.tasks.ScheduledTaskView;
import java.time.Instant;

/** The spec's shapes of a task and a run. */
final class TaskViews {

    private TaskViews() {
    }

    static ScheduledTaskView task(StoreReader r, ScheduledTask t) {
        ScheduledTaskRunView latest = TaskRepository.RUNS.values(r, TaskRepository.runsOf(t.organizationId(), t.id())
                .newestFirst().limit(1)).stream().findFirst().map(TaskViews::run).orElse(null);
        return new ScheduledTaskView(t.id(), t.resourceId(), t.schedule(), t.timezone(), t.commandIntent(),
                t.timeoutSeconds(), t.retryLimit(), t.concurrencyPolicy(),
                t.deleted() ? ScheduledTask.DISABLED : t.status(), Timestamps.format(t.createdAt()),
                Timestamps.format(t.updatedAt()), latest);
    }

    static ScheduledTaskRunView run(ScheduledTaskRun r) {
        return new ScheduledTaskRunView(r.id(), r.taskId(), r.resourceId(), r.triggerKind(), r.status(),
                Timestamps.format(r.createdAt()), format(r.startedAt()), format(r.finishedAt()), r.exitCode(),
                r.failureSummary(), r.skippedReason());
    }

    private static String format(Instant at) {
        return at == null ? null : Timestamps.format(at);
    }
}
