package dev.appaloft.api.extensions;

import java.util.Map;

/**
 * A recorded decision of the deployment-overlay or route-surface extension point (decision
 * {@code enabled|skipped|rejected|unknown}); {@code surfaceKind} only for route surfaces.
 */
public record OverlayDecision(String schemaVersion, String id, String operationKey, String decision, String reason,
                              String source, String surfaceKind, String tenantId, String accountId,
                              String organizationId, ActorRef actor, Map<String, String> resourceRefs,
                              String capabilityKey, String decidedAt, Map<String, Object> attributes,
                              Map<String, Object> details) {

    public static final String OVERLAY_SCHEMA = "deployment-overlay.decision/v1";
    public static final String ROUTE_SURFACE_SCHEMA = "route-surface.decision/v1";
}
