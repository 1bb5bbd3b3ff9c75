package dev.appaloft.api.tasks;

/** {@code scheduledTasks.list}: optional filters, newest first, paged by {@code cursor}. */
public record ListScheduledTasksInput(String projectId, String environmentId, String resourceId, String status,
                                      Integer limit, String cursor) {

    public static ListScheduledTasksInput all() {
        return new ListScheduledTasksInput(null, null, null, null, null, null);
    }

    public static ListScheduledTasksInput ofResource(String resourceId) {
        return new ListScheduledTasksInput(null, null, resourceId, null, null, null);
    }
}
