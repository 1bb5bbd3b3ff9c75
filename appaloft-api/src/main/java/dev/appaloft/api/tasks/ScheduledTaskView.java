package dev.appaloft.api.tasks;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One scheduled task definition as the spec shows it, with its latest run when it has one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduledTaskView(String taskId, String resourceId, String schedule, String timezone,
                                String commandIntent, int timeoutSeconds, int retryLimit, String concurrencyPolicy,
                                String status, String createdAt, String updatedAt, ScheduledTaskRunView latestRun) {
}
