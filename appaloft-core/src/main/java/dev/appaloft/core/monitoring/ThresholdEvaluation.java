package dev.appaloft.core.monitoring;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.monitoring.ThresholdRule;
import dev.appaloft.api.monitoring.ThresholdsShown.Crossed;
import dev.appaloft.api.monitoring.ThresholdsShown.Evaluation;
import dev.appaloft.api.monitoring.UsageTotals;
import dev.appaloft.api.store.StoreReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How a policy's rules compare with the latest sampler pass over its scope (the readings of one
 * pass added up: an environment's resources together). Non-enforcing: it only reports.
 */
final class ThresholdEvaluation {

    static final String OK = "ok";
    static final String WARNING = "warning";
    static final String CRITICAL = "critical";
    static final String STALE = "stale";
    static final String UNKNOWN = "unknown";

    private ThresholdEvaluation() {
    }

    /**
     * @param before evaluate the latest pass at or before this time (a window's end, or now)
     * @param staleAfter a latest pass older than this is stale
     */
    static Evaluation evaluate(StoreReader r, ThresholdRecord policy, Instant before, Instant now, Duration staleAfter) {
        if (policy == null || !policy.enabled()) {
            return new Evaluation(UNKNOWN, Timestamps.format(now), null, List.of(), List.of("configure-thresholds"),
                    List.of());
        }
        List<SampleRecord> pass = Samples.latestPass(r, Samples.of(policy.organizationId(), policy.scope()), before);
        if (pass.isEmpty()) {
            return new Evaluation(UNKNOWN, Timestamps.format(now), null, List.of(), List.of("open-runtime-monitoring",
                    "inspect-runtime-usage"), List.of());
        }
        SampleRecord newest = pass.get(0);
        String sampleId = newest.id();
        if (Duration.between(newest.observedAt(), now).compareTo(staleAfter) > 0) {
            return new Evaluation(STALE, Timestamps.format(now), sampleId, List.of(), List.of("inspect-runtime-usage",
                    "open-runtime-monitoring"), List.of());
        }
        UsageTotals totals = Totals.build(Totals.together(pass.stream().map(SampleRecord::totals).toList()),
                Totals.SIGNALS);
        List<Crossed> crossed = crossed(policy.rules(), totals);
        String state = crossed.stream().anyMatch(c -> c.severity().equals(CRITICAL)) ? CRITICAL
                : crossed.isEmpty() ? OK : WARNING;
        List<String> next = state.equals(OK) ? List.of() : List.of("inspect-runtime-usage", "open-runtime-monitoring",
                "review-runtime-logs");
        return new Evaluation(state, Timestamps.format(now), sampleId, crossed, next, List.of());
    }

    static List<Crossed> crossed(List<ThresholdRule> rules, UsageTotals totals) {
        List<Crossed> out = new ArrayList<>();
        for (ThresholdRule rule : rules) {
            Double value = totals.metric(rule.signal(), rule.metric());
            if (value == null) {
                continue;
            }
            if (rule.critical() != null && value >= rule.critical()) {
                out.add(new Crossed(rule.ruleId(), rule.signal(), rule.metric(), CRITICAL, value, rule.critical()));
            } else if (rule.warning() != null && value >= rule.warning()) {
                out.add(new Crossed(rule.ruleId(), rule.signal(), rule.metric(), WARNING, value, rule.warning()));
            }
        }
        return out;
    }
}
