package dev.appaloft.api.deployments;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One envelope of a deployment's event stream ({@code deployments.stream-events/v1}): an event,
 * a heartbeat, a gap the client should know about, the close of the stream, or an error.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeploymentEventEnvelope(String schemaVersion, String kind, Event event, String at, String cursor,
                                      Gap gap, String reason, StreamError error) {

    public static final String SCHEMA_VERSION = "deployments.stream-events/v1";

    /**
     * @param cursor {@code <deploymentId>:<sequence>}: pass it back to resume after this event
     * @param source {@code domain-event}, {@code process-observation} or {@code progress-projection}
     * @param eventType {@code deployment-requested}, {@code build-requested}, {@code deployment-started},
     *                  {@code deployment-succeeded}, {@code deployment-failed} or {@code deployment-progress}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Event(String deploymentId, long sequence, String cursor, String emittedAt, String source,
                        String eventType, DeploymentPhase phase, String status, Boolean retriable, String summary) {
    }

    /** Events the client will not see (history beyond the limit), and what to do about it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Gap(String code, String phase, boolean retriable, String cursor, Long lastSequence,
                      String recommendedAction) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StreamError(String code, String category, String message, boolean retryable) {
    }

    public static DeploymentEventEnvelope of(Event event) {
        return new DeploymentEventEnvelope(SCHEMA_VERSION, "event", event, null, null, null, null, null);
    }

    public static DeploymentEventEnvelope heartbeat(String at, String cursor) {
        return new DeploymentEventEnvelope(SCHEMA_VERSION, "heartbeat", null, at, cursor, null, null, null);
    }

    public static DeploymentEventEnvelope gap(Gap gap) {
        return new DeploymentEventEnvelope(SCHEMA_VERSION, "gap", null, null, null, gap, null, null);
    }

    /** @param reason {@code completed}, {@code cancelled}, {@code source-ended} or {@code idle-timeout} */
    public static DeploymentEventEnvelope closed(String reason, String cursor) {
        return new DeploymentEventEnvelope(SCHEMA_VERSION, "closed", null, null, cursor, null, reason, null);
    }

    public static DeploymentEventEnvelope error(StreamError error) {
        return new DeploymentEventEnvelope(SCHEMA_VERSION, "error", null, null, null, null, null, error);
    }
}
