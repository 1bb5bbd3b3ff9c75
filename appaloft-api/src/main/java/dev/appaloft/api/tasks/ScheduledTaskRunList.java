package dev.appaloft.api.tasks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code scheduledTasks.runs.list}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduledTaskRunList(String schemaVersion, List<ScheduledTaskRunView> items, String nextCursor,
                                   String generatedAt) {

    public static final String SCHEMA = "scheduled-task-runs.list/v1";

    public ScheduledTaskRunList {
        items = List.copyOf(items);
    }
}
