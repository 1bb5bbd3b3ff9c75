package dev.appaloft.api.extensions;

import java.util.Map;

/** {@code deploymentOverlays.evaluate}: would an installed overlay change this deployment operation? */
public record EvaluateDeploymentOverlayInput(String operationKey, ActorRef actor, String tenantId, String accountId,
                                             String organizationId, Map<String, String> resourceRefs,
                                             String capabilityKey, String source, Map<String, Object> attributes) {
}
