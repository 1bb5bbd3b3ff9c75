package dev.appaloft.core.monitoring;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.monitoring.MonitoringScope;
import dev.appaloft.api.monitoring.ThresholdPolicy;
import dev.appaloft.api.monitoring.ThresholdRule;
import java.time.Instant;
import java.util.List;

/**
 * A scope's threshold policy as stored. {@code lastState} is what the sampler last recorded for it
 * ({@code ok}, {@code warning}, {@code critical}; null before its first evaluation): an event is
 * recorded only when it changes, so a load that stays high is one crossing, not one per sample.
 */
record ThresholdRecord(String id, String organizationId, MonitoringScope scope, List<ThresholdRule> rules,
                       boolean enabled, Instant createdAt, Instant updatedAt, String updatedByActorId,
                       String updatedByActorKind, String lastState) {

    ThresholdRecord {
        rules = List.copyOf(rules);
    }

    String slotKey() {
        return slot(organizationId, scope);
    }

    static String slot(String organizationId, MonitoringScope scope) {
        return "thresholds:" + organizationId + ":" + scope.key();
    }

    ThresholdRecord withLastState(String state) {
        return new ThresholdRecord(id, organizationId, scope, rules, enabled, createdAt, updatedAt, updatedByActorId,
                updatedByActorKind, state);
    }

    ThresholdPolicy view() {
        return new ThresholdPolicy(ThresholdPolicy.SCHEMA_VERSION, id, scope, rules, enabled,
                Timestamps.format(updatedAt), updatedByActorId, updatedByActorKind);
    }
}
