package dev.appaloft.api.tasks;

/**
 * {@code scheduledTasks.create}. {@code schedule} is a cron expression: five fields (minute hour
 * day-of-month month day-of-week), six with a leading seconds field, or a macro such as
 * {@code @hourly}; {@code timezone} an IANA zone id. {@code concurrencyPolicy} defaults to
 * {@code forbid}, {@code status} to {@code enabled}.
 */
public record CreateScheduledTaskInput(String resourceId, String schedule, String timezone, String commandIntent,
                                       Integer timeoutSeconds, Integer retryLimit, String concurrencyPolicy,
                                       String status, String idempotencyKey) {

    public static CreateScheduledTaskInput of(String resourceId, String schedule, String timezone, String command,
                                              int timeoutSeconds, int retryLimit) {
        return new CreateScheduledTaskInput(resourceId, schedule, timezone, command, timeoutSeconds, retryLimit, null,
                null, null);
    }
}
