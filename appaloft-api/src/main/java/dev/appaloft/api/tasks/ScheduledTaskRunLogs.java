package dev.appaloft.api.tasks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code scheduledTasks.runs.logs}: what the run's command wrote (secrets masked) and what the runner said. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduledTaskRunLogs(String schemaVersion, String runId, String taskId, String resourceId,
                                   List<Entry> entries, String nextCursor, String generatedAt) {

    public static final String SCHEMA = "scheduled-task-runs.logs/v1";

    public ScheduledTaskRunLogs {
        entries = List.copyOf(entries);
    }

    /** One line; {@code stream} is stdout, stderr or system (the runner's own notes). */
    public record Entry(String timestamp, String stream, String message) {
    }
}
