package dev.appaloft.api.tasks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code scheduledTasks.list}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduledTaskList(String schemaVersion, List<ScheduledTaskView> items, String nextCursor,
                                String generatedAt) {

    public static final String SCHEMA = "scheduled-tasks.list/v1";

    public ScheduledTaskList {
        items = List.copyOf(items);
    }
}
