package dev.appaloft.api.resources.running;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code resources.logs}: the tail of the running app's output, oldest first. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuntimeLogs(String resourceId, String deploymentId, List<RuntimeLogLine> logs) {
}
