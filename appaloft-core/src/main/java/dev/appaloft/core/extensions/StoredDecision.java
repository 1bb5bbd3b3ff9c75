package dev.appaloft.core.extensions;

import dev.appaloft.api.extensions.OverlayDecision;
import java.time.Instant;

/** An overlay or route-surface decision as stored; {@code kind} tells which extension point made it. */
record StoredDecision(String id, String organizationId, String kind, OverlayDecision record, Instant decidedAt) {

    static final String OVERLAY = "deployment-overlay";
    static final String ROUTE_SURFACE = "route-surface";
}
