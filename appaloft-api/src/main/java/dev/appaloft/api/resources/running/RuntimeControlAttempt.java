package dev.appaloft.api.resources.running;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * One stop, start or restart of a resource's instance, as recorded; also the resource's
 * {@code latestRuntimeControl} in lists and health.
 *
 * @param runtimeState the instance's state when the attempt ended
 * @param errorCode the runtime's failure code when it failed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuntimeControlAttempt(String runtimeControlAttemptId, Operation operation, Status status,
                                    String startedAt, String completedAt, RuntimeState runtimeState,
                                    String blockedReason, String errorCode, List<Phase> phases) {

    public enum Operation {
        STOP, START, RESTART;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Status {
        ACCEPTED, RUNNING, SUCCEEDED, FAILED, BLOCKED;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum RuntimeState {
        STARTING, RUNNING, RESTARTING, STOPPING, STOPPED, UNKNOWN;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A step of the attempt: {@code stop}, {@code start}, or both for a restart. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Phase(String phase, String status, String errorCode) {
    }
}
