package dev.appaloft.core;

import static dev.appaloft.core.deployments.FakeCapacity.stats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.Actor;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.monitoring.ConfigureThresholdsInput;
import dev.appaloft.api.monitoring.InspectUsageInput;
import dev.appaloft.api.monitoring.ListSamplesInput;
import dev.appaloft.api.monitoring.MonitoringRollup;
import dev.appaloft.api.monitoring.MonitoringSamples;
import dev.appaloft.api.monitoring.MonitoringScope;
import dev.appaloft.api.monitoring.RollupInput;
import dev.appaloft.api.monitoring.RuntimeUsageReport;
import dev.appaloft.api.monitoring.ShowThresholdsInput;
import dev.appaloft.api.monitoring.ThresholdRule;
import dev.appaloft.api.monitoring.ThresholdsShown;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.deployments.FakeCapacity;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** runtimeMonitoring.* and runtimeUsage.inspect over a fake capacity, on each store. */
public abstract class MonitoringScenarios {

    @TempDir Path dir;
    protected Store store;
    protected AppaloftEngine engine;
    protected final FakeRuntime runtime = new FakeRuntime();
    protected final FakeCapacity capacity = new FakeCapacity();
    protected final ShiftableClock clock = new ShiftableClock();
    Appaloft.Session other;
    SampleApp app;
    String deployment;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        runtime.capacity = capacity;
        store = openStore();
        engine = AppaloftEngine.builder().store(store).secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .runtime("local-shell", runtime).workDirectory(dir.resolve("work")).clock(clock)
                .runtimeMonitoring(Duration.ZERO, Duration.ofHours(24))
                .dailyHousekeeping(false).workers(2, Duration.ofSeconds(3), Duration.ofMillis(20)).build();
        other = engine.as(Actor.user("usr_other", "org_other", Actor.Role.OWNER));
        app = SampleApp.create(engine.system());
        deployment = engine.deployments().create(new CreateDeploymentInput(app.project(), app.server(), null, app.env(),
                app.resource(), null)).id();
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    private long audits(String type) {
        return store.read(r -> r.readStream(UnitOfWork.AUDIT, 0, 100_000)).stream().filter(e -> e.type().equals(type))
                .count();
    }

    private void load(double cpu) {
        capacity.stats = List.of(stats("c-web", deployment, app.resource(), cpu, 64_000_000L));
    }

    @Test
    void aPassStoresTheHostAndEachRunningContainerOfTheServersDeployments() {
        load(55.5);
        assertThat(engine.sampleRuntimeMonitoring()).isEqualTo(2);

        MonitoringSamples resource = engine.runtimeMonitoring().samples(ListSamplesInput.of(
                MonitoringScope.resource(app.resource())));
        assertThat(resource.schemaVersion()).isEqualTo("runtime-monitoring.samples.list/v1");
        assertThat(resource.samples()).hasSize(1);
        MonitoringSamples.Sample sample = resource.samples().get(0);
        assertThat(sample.totals().cpu().containerCpuPercent()).isEqualTo(55.5);
        assertThat(sample.totals().memory().containerUsedBytes()).isEqualTo(64_000_000L);
        assertThat(sample.scopeEvidence().deploymentId()).isEqualTo(deployment);
        assertThat(sample.labels().runtimeId()).isEqualTo("c-web");
        assertThat(resource.retention().rawRetentionHours()).isEqualTo(24.0);
        assertThat(resource.freshness()).isEqualTo("recent-sample");

        MonitoringSamples host = engine.runtimeMonitoring().samples(ListSamplesInput.of(
                MonitoringScope.server(app.server())));
        assertThat(host.samples()).hasSize(1);
        assertThat(host.samples().get(0).totals().cpu().loadAverage1m()).isEqualTo(0.5);
        assertThat(host.samples().get(0).totals().cpu().containerCpuPercent()).isEqualTo(55.5);
        assertThat(host.samples().get(0).totals().memory().totalBytes()).isEqualTo(8_000_000_000L);
        assertThat(host.samples().get(0).totals().disk().usedBytes()).isEqualTo(90_000L);

        // the environment and project read the same container samples
        assertThat(engine.runtimeMonitoring().samples(ListSamplesInput.of(MonitoringScope.of("environment", app.env())))
                .samples()).hasSize(1);
        assertThat(audits("runtime-monitoring.threshold-crossed")).isZero();
    }

    @Test
    void withoutContainerUsageTheHostIsStillSampledAndMarkedPartial() {
        capacity.stats = null;
        assertThat(engine.sampleRuntimeMonitoring()).isEqualTo(1);
        MonitoringSamples host = engine.runtimeMonitoring().samples(ListSamplesInput.of(
                MonitoringScope.server(app.server())));
        assertThat(host.partial()).isTrue();
        assertThat(host.samples().get(0).warnings()).extracting(w -> w.code()).contains("missing-metric-source");
        RuntimeUsageReport usage = engine.runtimeMonitoring().inspectUsage(InspectUsageInput.of(
                MonitoringScope.server(app.server())));
        assertThat(usage.partial()).isTrue();
        assertThat(usage.warnings()).extracting(RuntimeUsageReport.Warning::code).contains("missing-metric-source");
    }

    @Test
    void aThresholdBelowTheLoadFiresOnceAndAgainWhenItGetsCritical() {
        MonitoringScope scope = MonitoringScope.resource(app.resource());
        var configured = engine.runtimeMonitoring().configureThresholds(ConfigureThresholdsInput.of(scope,
                List.of(ThresholdRule.of("cpu", "containerCpuPercent", 40.0, 80.0))));
        assertThat(configured.policy().rules().get(0).ruleId()).isEqualTo("cpu-containerCpuPercent");
        assertThat(configured.policy().rules().get(0).comparator()).isEqualTo("greater-than-or-equal");
        assertThat(audits("runtime-monitoring.thresholds-configured")).isEqualTo(1);
        assertThat(engine.runtimeMonitoring().showThresholds(ShowThresholdsInput.of(scope)).evaluation().state())
                .isEqualTo("unknown");

        load(10);
        engine.sampleRuntimeMonitoring();
        assertThat(engine.runtimeMonitoring().showThresholds(ShowThresholdsInput.of(scope)).evaluation().state())
                .isEqualTo("ok");
        load(55);
        engine.sampleRuntimeMonitoring();
        engine.sampleRuntimeMonitoring();
        ThresholdsShown shown = engine.runtimeMonitoring().showThresholds(ShowThresholdsInput.of(scope));
        assertThat(shown.evaluation().state()).isEqualTo("warning");
        assertThat(shown.evaluation().crossed()).singleElement().satisfies(c -> {
            assertThat(c.severity()).isEqualTo("warning");
            assertThat(c.observedValue()).isEqualTo(55.0);
            assertThat(c.boundary()).isEqualTo(40.0);
        });
        assertThat(audits("runtime-monitoring.threshold-crossed")).isEqualTo(1); // a steady load is one crossing
        var health = engine.resources().runtime().health(dev.appaloft.api.resources.running.ResourceHealthInput.live(
                app.resource()));
        assertThat(health.checks()).filteredOn(c -> c.name().equals("runtime-monitoring-thresholds")).singleElement()
                .satisfies(c -> {
                    assertThat(c.status()).isEqualTo("failed");
                    assertThat(c.reasonCode()).isEqualTo("runtime_threshold_warning");
                });
        load(95);
        engine.sampleRuntimeMonitoring();
        assertThat(engine.runtimeMonitoring().showThresholds(ShowThresholdsInput.of(scope)).evaluation().state())
                .isEqualTo("critical");
        assertThat(audits("runtime-monitoring.threshold-crossed")).isEqualTo(2);
        load(1);
        engine.sampleRuntimeMonitoring();
        assertThat(audits("runtime-monitoring.threshold-cleared")).isEqualTo(1);

        clock.shift(Duration.ofMinutes(10)); // no pass since: the latest sample is stale
        assertThat(engine.runtimeMonitoring().showThresholds(ShowThresholdsInput.of(scope)).evaluation().state())
                .isEqualTo("stale");
    }

    @Test
    void aRollupAveragesEachBucketAndOldRawSamplesBecomeHourlyRollups() {
        load(20);
        engine.sampleRuntimeMonitoring();
        load(40);
        engine.sampleRuntimeMonitoring();
        MonitoringScope scope = MonitoringScope.resource(app.resource());
        MonitoringRollup rollup = engine.runtimeMonitoring().rollup(RollupInput.of(scope, "hour"));
        assertThat(rollup.series()).extracting(MonitoringRollup.Series::signal)
                .containsExactly("cpu", "memory", "disk", "inode", "docker", "network");
        long counted = rollup.series().get(0).points().stream().mapToLong(MonitoringRollup.Point::sampleCount).sum();
        assertThat(counted).isEqualTo(2);
        assertThat(rollup.totals().cpu().containerCpuPercent()).isEqualTo(30.0);
        assertThat(rollup.deploymentMarkers()).singleElement().satisfies(m -> {
            assertThat(m.deploymentId()).isEqualTo(deployment);
            assertThat(m.correlation()).isEqualTo("time");
        });
        MonitoringRollup server = engine.runtimeMonitoring().rollup(RollupInput.of(MonitoringScope.server(app.server()),
                "minute"));
        assertThat(server.topContributors()).singleElement()
                .satisfies(c -> assertThat(c.scope().resourceId()).isEqualTo(app.resource()));

        clock.shift(Duration.ofHours(26));
        load(70);
        engine.sampleRuntimeMonitoring(); // compacts the day-old raw samples into one hourly rollup per series
        MonitoringSamples raw = engine.runtimeMonitoring().samples(new ListSamplesInput(scope,
                new dev.appaloft.api.monitoring.MonitoringWindow(clock.instant().minus(Duration.ofHours(30)).toString(),
                        clock.instant().plusSeconds(1).toString()), null, null));
        assertThat(raw.samples()).hasSize(1);
        assertThat(raw.warnings()).extracting(w -> w.code()).contains("outside-retention");
        MonitoringRollup hourly = engine.runtimeMonitoring().rollup(new RollupInput(scope,
                new dev.appaloft.api.monitoring.MonitoringWindow(clock.instant().minus(Duration.ofHours(30)).toString(),
                        clock.instant().plusSeconds(1).toString()), "hour", List.of("cpu"), false, false));
        List<MonitoringRollup.Point> points = hourly.series().get(0).points();
        assertThat(points.stream().mapToLong(MonitoringRollup.Point::sampleCount).sum()).isEqualTo(3);
        assertThat(points.get(0).totals().cpu().containerCpuPercent()).isEqualTo(30.0);
    }

    @Test
    void usageIsReadNowAndAttributedToTheResourceItsDeploymentAndEnvironment() {
        load(12.5);
        RuntimeUsageReport usage = engine.runtimeMonitoring().inspectUsage(InspectUsageInput.of(
                MonitoringScope.of("environment", app.env())));
        assertThat(usage.freshness()).isEqualTo("live");
        assertThat(usage.totals().cpu().containerCpuPercent()).isEqualTo(12.5);
        assertThat(usage.byResource()).singleElement().satisfies(e -> {
            assertThat(e.scope().resourceId()).isEqualTo(app.resource());
            assertThat(e.currentDeploymentId()).isEqualTo(deployment);
        });
        assertThat(usage.byDeployment()).hasSize(1);
        assertThat(usage.artifacts()).singleElement().satisfies(a -> assertThat(a.runtimeId()).isEqualTo("c-web"));
        assertThat(engine.runtimeMonitoring().samples(ListSamplesInput.of(MonitoringScope.resource(app.resource())))
                .samples()).isEmpty(); // inspect stores nothing
        RuntimeUsageReport flat = engine.runtimeMonitoring().inspectUsage(new InspectUsageInput(null, null, null, null,
                "resource", null, null, null, app.resource(), null));
        assertThat(flat.scope().resourceId()).isEqualTo(app.resource());
    }

    @Test
    void badInputNamesTheFieldAndAnotherOrganizationsScopeIsNotFound() {
        assertThatThrownBy(() -> engine.runtimeMonitoring().samples(ListSamplesInput.of(
                new MonitoringScope("galaxy", null, null, null, null, null))))
                .isInstanceOfSatisfying(AppaloftException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                    assertThat(e.issues().get(0).path()).containsExactly("scope", "kind");
                });
        assertThatThrownBy(() -> engine.runtimeMonitoring().configureThresholds(ConfigureThresholdsInput.of(
                MonitoringScope.resource(app.resource()), List.of(ThresholdRule.of("cpu", "rxBytes", 1.0, null)))))
                .isInstanceOfSatisfying(AppaloftException.class, e ->
                        assertThat(e.issues().get(0).path()).containsExactly("rules", 0, "metric"));
        assertThatThrownBy(() -> engine.runtimeMonitoring().rollup(RollupInput.of(
                MonitoringScope.resource(app.resource()), "week")))
                .isInstanceOfSatisfying(AppaloftException.class, e ->
                        assertThat(e.issues().get(0).path()).containsExactly("bucket"));
        assertThatThrownBy(() -> other.runtimeMonitoring().samples(ListSamplesInput.of(
                MonitoringScope.resource(app.resource()))))
                .isInstanceOfSatisfying(AppaloftException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> other.runtimeMonitoring().configureThresholds(ConfigureThresholdsInput.of(
                MonitoringScope.server(app.server()), List.of(ThresholdRule.of("cpu", "loadAverage1m", 1.0, null)))))
                .isInstanceOfSatisfying(AppaloftException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThat(audits("runtime-monitoring.thresholds-configured")).isZero();
    }
}
