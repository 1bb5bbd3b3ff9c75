package dev.appaloft.api.deployments;

import java.util.List;

/** {@code deployments.events}: a deployment's past events as stream envelopes. */
public record DeploymentEvents(String deploymentId, List<DeploymentEventEnvelope> envelopes) {
}
