package dev.appaloft.api.monitoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The threshold policy of one scope. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ThresholdPolicy(String schemaVersion, String policyId, MonitoringScope scope, List<ThresholdRule> rules,
                              boolean enabled, String updatedAt, String updatedByActorId, String updatedByActorKind) {

    public static final String SCHEMA_VERSION = "runtime-monitoring-thresholds.policy/v1";
}
