package dev.appaloft.core.monitoring;

import static dev.appaloft.api.catalog.GovernanceOperations.RUNTIME_MONITORING_ROLLUP;
import static dev.appaloft.api.catalog.GovernanceOperations.RUNTIME_MONITORING_SAMPLES;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.monitoring.ListSamplesInput;
import dev.appaloft.api.monitoring.MonitoringIssue;
import dev.appaloft.api.monitoring.MonitoringRollup;
import dev.appaloft.api.monitoring.MonitoringSamples;
import dev.appaloft.api.monitoring.MonitoringScope;
import dev.appaloft.api.monitoring.RetentionInfo;
import dev.appaloft.api.monitoring.RollupInput;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@code runtimeMonitoring.samples} and {@code rollup}: reads of what the sampler stored; they collect nothing. */
final class SampleHandlers {

    static final int DEFAULT_LIMIT = 300;
    static final int MAX_LIMIT = 720;

    private final CoreContext ctx;
    private final MonitoringSettings settings;

    SampleHandlers(CoreContext ctx, MonitoringSettings settings) {
        this.ctx = ctx;
        this.settings = settings;
    }

    void register(HandlerRegistry registry) {
        registry.register(RUNTIME_MONITORING_SAMPLES, this::samples);
        registry.register(RUNTIME_MONITORING_ROLLUP, this::rollup);
    }

    MonitoringSamples samples(ListSamplesInput in, Actor actor) {
        Validation v = new Validation();
        MonitoringScope scope = Scopes.check(v, in.scope());
        Instant now = ctx.now();
        Instant[] window = Scopes.window(v, in.window(), now);
        List<String> signals = Scopes.signals(v, in.signals());
        int limit = v.limit(in.limit(), DEFAULT_LIMIT, MAX_LIMIT);
        v.throwIfInvalid();
        return ctx.read(r -> {
            Scopes.requireOwn(r, actor.organizationId(), scope);
            var where = Samples.of(actor.organizationId(), scope);
            List<SampleRecord> found = Samples.window(r, where, window[0], window[1], List.of(SampleRecord.RAW), limit);
            List<MonitoringSamples.Sample> samples = found.stream().map(s -> view(s, signals, now)).toList();
            List<MonitoringIssue> warnings = warnings(scope, found.isEmpty(), window[0], now);
            Instant[] span = Samples.span(r, where);
            return new MonitoringSamples(MonitoringSamples.SCHEMA_VERSION, scope, Timestamps.format(window[0]),
                    Timestamps.format(window[1]), Timestamps.format(now),
                    freshness(found.isEmpty() ? null : found.get(found.size() - 1).observedAt(), now),
                    found.isEmpty() || found.stream().anyMatch(SampleRecord::partial), retention(span), samples,
                    warnings, List.of());
        });
    }

    MonitoringRollup rollup(RollupInput in, Actor actor) {
        Validation v = new Validation();
        MonitoringScope scope = Scopes.check(v, in.scope());
        Instant now = ctx.now();
        Instant[] window = Scopes.window(v, in.window(), now);
        List<String> signals = Scopes.signals(v, in.signals());
        Duration bucket = Rollups.bucket(v, in.bucket());
        v.check(bucket == null || Duration.between(window[0], window[1]).dividedBy(bucket) <= Rollups.MAX_POINTS,
                "bucket", "the window holds more than " + Rollups.MAX_POINTS + " buckets of " + in.bucket()
                        + "; pick a wider bucket or a shorter window");
        v.throwIfInvalid();
        return ctx.read(r -> {
            Scopes.requireOwn(r, actor.organizationId(), scope);
            var where = Samples.of(actor.organizationId(), scope);
            List<String> resolutions = bucket.compareTo(Duration.ofHours(1)) >= 0
                    ? List.of(SampleRecord.RAW, SampleRecord.HOUR) : List.of(SampleRecord.RAW);
            List<SampleRecord> found = Samples.window(r, where, window[0], window[1], resolutions, Rollups.MAX_SAMPLES);
            Rollups.Result result = Rollups.of(found, bucket, signals);
            List<MonitoringRollup.Contributor> top = Boolean.FALSE.equals(in.includeTopContributors()) ? List.of()
                    : Rollups.topContributors(r, actor.organizationId(), scope, found, window, resolutions, signals);
            List<MonitoringRollup.DeploymentMarker> markers = Boolean.FALSE.equals(in.includeDeploymentMarkers())
                    ? List.of() : Rollups.markers(r, actor.organizationId(), scope, window);
            Instant[] span = Samples.span(r, where);
            return new MonitoringRollup(MonitoringRollup.SCHEMA_VERSION, scope, Timestamps.format(window[0]),
                    Timestamps.format(window[1]), in.bucket(), Timestamps.format(now),
                    freshness(found.isEmpty() ? null : found.get(found.size() - 1).observedAt(), now),
                    found.isEmpty() || found.stream().anyMatch(SampleRecord::partial), retention(span), result.series(),
                    result.totals(), top, markers, warnings(scope, found.isEmpty(), window[0], now), List.of());
        });
    }

    private MonitoringSamples.Sample view(SampleRecord s, List<String> signals, Instant now) {
        MonitoringScope own = s.kind().equals(SampleRecord.HOST) ? MonitoringScope.server(s.serverId())
                : MonitoringScope.resource(s.resourceId());
        List<MonitoringIssue> warnings = s.problems().stream()
                .map(p -> MonitoringIssue.of("missing-metric-source", p)).toList();
        return new MonitoringSamples.Sample(s.id(), Timestamps.format(s.observedAt()), Timestamps.format(s.collectedAt()),
                new MonitoringSamples.Evidence(own, s.serverId(), s.projectId(), s.environmentId(), s.resourceId(),
                        s.deploymentId()),
                Totals.only(s.totals(), signals), freshness(s.observedAt(), now), s.partial(),
                new MonitoringSamples.Labels(s.providerKey(), s.kind().equals(SampleRecord.CONTAINER) ? "active-runtime"
                        : null, s.runtimeId()), warnings, List.of());
    }

    private List<MonitoringIssue> warnings(MonitoringScope scope, boolean none, Instant from, Instant now) {
        List<MonitoringIssue> out = new ArrayList<>();
        if (none) {
            out.add(new MonitoringIssue("missing-samples", settings.enabled()
                    ? "no sample of the scope was taken in the window"
                    : "the runtime monitoring sampler is off on this control plane", null, scope));
        }
        if (from.isBefore(now.minus(settings.rawRetention()))) {
            out.add(new MonitoringIssue("outside-retention", "samples older than " + settings.rawRetention().toHours()
                    + " hours are kept as hourly rollups only", null, scope));
        }
        return out;
    }

    private String freshness(Instant newest, Instant now) {
        if (newest == null) {
            return "unknown";
        }
        return Duration.between(newest, now).compareTo(settings.staleAfter()) > 0 ? "stale" : "recent-sample";
    }

    private RetentionInfo retention(Instant[] span) {
        return new RetentionInfo(settings.rawRetention().toMinutes() / 60.0,
                span[0] == null ? null : Timestamps.format(span[0]), span[1] == null ? null : Timestamps.format(span[1]));
    }
}
