package dev.appaloft.api.resources.running;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One line the running app wrote; secret values of its deployment are replaced by {@code ********}.
 *
 * @param runtimeInstanceId the instance's name on its runtime (never an input: operations take resource ids)
 * @param sequence the line's position in this answer or stream, from 1
 * @param cursor pass it back as {@code cursor} to read only what came after this line
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuntimeLogLine(String resourceId, String deploymentId, String serviceName, String runtimeKind,
                             String runtimeInstanceId, Stream stream, String timestamp, Long sequence, String cursor,
                             String message, boolean masked) {

    public enum Stream {
        @JsonProperty("stdout") STDOUT,
        @JsonProperty("stderr") STDERR,
        @JsonProperty("unknown") UNKNOWN
    }
}
