package dev.appaloft.api;

import static dev.appaloft.api.catalog.AppTaskOperations.*;

import dev.appaloft.api.tasks.*;

/**
 * {@code scheduledTasks.*}: commands run for a resource on a cron schedule (in a one-off
 * container of its current deployment's image), run now on request, and the record and logs of
 * every run.
 */
public final class ScheduledTasksApi {

    private final OperationExecutor executor;

    public ScheduledTasksApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public ScheduledTaskList list(ListScheduledTasksInput input) {
        return executor.execute(SCHEDULED_TASKS_LIST, input);
    }

    public ScheduledTaskCommandResult create(CreateScheduledTaskInput input) {
        return executor.execute(SCHEDULED_TASKS_CREATE, input);
    }

    public ScheduledTaskShown show(String taskId) {
        return executor.execute(SCHEDULED_TASKS_SHOW, new ShowScheduledTaskInput(taskId, null));
    }

    public ScheduledTaskCommandResult configure(ConfigureScheduledTaskInput input) {
        return executor.execute(SCHEDULED_TASKS_CONFIGURE, input);
    }

    public ScheduledTaskDeleted delete(String taskId, String resourceId) {
        return executor.execute(SCHEDULED_TASKS_DELETE, new DeleteScheduledTaskInput(taskId, resourceId, null));
    }

    public ScheduledTaskRunAccepted runNow(RunScheduledTaskNowInput input) {
        return executor.execute(SCHEDULED_TASKS_RUN_NOW, input);
    }

    public ScheduledTaskRunList runs(ListScheduledTaskRunsInput input) {
        return executor.execute(SCHEDULED_TASKS_RUNS_LIST, input);
    }

    public ScheduledTaskRunShown run(String runId) {
        return executor.execute(SCHEDULED_TASKS_RUNS_SHOW, ShowScheduledTaskRunInput.of(runId));
    }

    public ScheduledTaskRunLogs logs(ScheduledTaskRunLogsInput input) {
        return executor.execute(SCHEDULED_TASKS_RUNS_LOGS, input);
    }
}
