package dev.appaloft.api.deployments;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One progress event of {@code deployments.createStream}: a log line of the deployment, or a
 * status change ({@code source} {@code appaloft}, {@code message} naming the status). The stream
 * ends with an event named {@code done} whose data is the deployment's id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeploymentProgress(String timestamp, String source, DeploymentPhase phase, String level, String message,
                                 String deploymentId, DeploymentStatus status) {
}
