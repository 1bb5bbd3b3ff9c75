package dev.appaloft.core.monitoring;

import dev.appaloft.api.monitoring.MonitoringScope;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.internal.Versioned;
import java.util.Optional;

/**
 * What the sampler last recorded for a resource's threshold policy, for the resource's health
 * (a check there; it never changes the resource's overall state: thresholds do not enforce).
 */
public final class ThresholdStates {

    /** {@code state} is ok, warning or critical, or null while the policy was never evaluated. */
    public record State(String policyId, String state) {
    }

    private ThresholdStates() {
    }

    /** The enabled resource-scope policy of the resource and its last state; empty when it has none. */
    public static Optional<State> ofResource(StoreReader r, String organizationId, String resourceId) {
        return ThresholdHandlers.POLICIES.findByKey(r, ThresholdRecord.slot(organizationId,
                        MonitoringScope.resource(resourceId)))
                .map(Versioned::value).filter(ThresholdRecord::enabled)
                .map(p -> new State(p.id(), p.lastState()));
    }
}
