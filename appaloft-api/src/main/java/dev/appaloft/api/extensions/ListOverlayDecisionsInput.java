package dev.appaloft.api.extensions;

/** {@code deploymentOverlays.list} and {@code routeSurfaces.list} ({@code surfaceKind} only for the latter). */
public record ListOverlayDecisionsInput(String tenantId, String accountId, String organizationId, String operationKey,
                                        String capabilityKey, String source, String surfaceKind, Integer limit) {
}
