package dev.appaloft.api.resources.running;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One event of {@code resources.logsStream}: a line, a heartbeat while the app is quiet, or the
 * close (the instance stopped, or the tail was all that was asked for). Failures after the stream
 * opened arrive as the transport's error event.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuntimeLogEvent(Kind kind, RuntimeLogLine line, String at, CloseReason reason) {

    public enum Kind {
        @JsonProperty("line") LINE,
        @JsonProperty("heartbeat") HEARTBEAT,
        @JsonProperty("closed") CLOSED
    }

    public enum CloseReason {
        /** The tail was sent and following was not asked for. */
        @JsonProperty("completed") COMPLETED,
        /** The instance stopped, so no more output can come. */
        @JsonProperty("source-ended") SOURCE_ENDED,
        @JsonProperty("cancelled") CANCELLED
    }

    public static RuntimeLogEvent line(RuntimeLogLine line) {
        return new RuntimeLogEvent(Kind.LINE, line, null, null);
    }

    public static RuntimeLogEvent heartbeat(String at) {
        return new RuntimeLogEvent(Kind.HEARTBEAT, null, at, null);
    }

    public static RuntimeLogEvent closed(CloseReason reason, String at) {
        return new RuntimeLogEvent(Kind.CLOSED, null, at, reason);
    }
}
