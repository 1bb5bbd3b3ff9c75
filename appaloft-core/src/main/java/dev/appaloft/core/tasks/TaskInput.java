package dev.appaloft.core.tasks;

import dev.appaloft.core.internal.Validation;
import java.util.Set;

/** The checks create and configure share: each bad field is named, all at once. */
final class TaskInput {

    static final int MAX_COMMAND = 4_096;
    static final int MAX_TIMEOUT_SECONDS = 86_400;
    static final int MAX_RETRY_LIMIT = 10;

    private TaskInput() {
    }

    /** The schedule and zone together (a zone changes when an expression is due); null when either is bad. */
    static CronSchedule schedule(Validation v, String schedule, String timezone) {
        boolean zoneOk = true;
        try {
            CronSchedule.zone(timezone);
        } catch (CronSchedule.Invalid e) {
            v.check(false, e.field(), e.getMessage());
            zoneOk = false;
        }
        try {
            // a bad zone is reported above; the expression is judged on its own so both problems show at once
            CronSchedule parsed = CronSchedule.parse(schedule, zoneOk ? timezone : "UTC");
            return zoneOk ? parsed : null;
        } catch (CronSchedule.Invalid e) {
            v.check(false, e.field(), e.getMessage());
            return null;
        }
    }

    static String command(Validation v, String command) {
        String text = v.optionalText("commandIntent", command, MAX_COMMAND);
        v.check(text == null || text.indexOf('\0') < 0, "commandIntent", "commandIntent must not contain NUL");
        return text;
    }

    static void timeout(Validation v, Integer seconds) {
        v.check(seconds == null || (seconds >= 1 && seconds <= MAX_TIMEOUT_SECONDS), "timeoutSeconds",
                "timeoutSeconds must be between 1 and " + MAX_TIMEOUT_SECONDS);
    }

    static void retryLimit(Validation v, Integer limit) {
        v.check(limit == null || (limit >= 0 && limit <= MAX_RETRY_LIMIT), "retryLimit",
                "retryLimit must be between 0 and " + MAX_RETRY_LIMIT);
    }

    static void concurrency(Validation v, String policy) {
        v.check(policy == null || ScheduledTask.FORBID.equals(policy), "concurrencyPolicy",
                "concurrencyPolicy must be forbid");
    }

    static void status(Validation v, String status) {
        v.check(status == null || Set.of(ScheduledTask.ENABLED, ScheduledTask.DISABLED).contains(status), "status",
                "status must be enabled or disabled");
    }
}
