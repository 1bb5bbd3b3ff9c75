package dev.appaloft.api.extensions;

import java.util.Map;

/** {@code routeSurfaces.evaluate}: may this route surface (a domain, a preview URL, ...) be served? */
public record EvaluateRouteSurfaceInput(String operationKey, ActorRef actor, String tenantId, String accountId,
                                        String organizationId, Map<String, String> resourceRefs, String capabilityKey,
                                        String source, String surfaceKind, Map<String, Object> attributes) {
}
