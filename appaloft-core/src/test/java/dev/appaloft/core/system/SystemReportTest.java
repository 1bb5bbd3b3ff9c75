package dev.appaloft.core.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.system.AppaloftPlugin;
import dev.appaloft.api.system.DoctorReport;
import dev.appaloft.api.system.Plugin;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.store.memory.MemoryStore;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What providers, plugins and the doctor say follows from how the engine was built. */
class SystemReportTest {

    private static AppaloftEngine engine(AppaloftPlugin... plugins) {
        var builder = AppaloftEngine.builder().store(new MemoryStore())
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).runtime("local-shell", new FakeRuntime())
                .runtimeMonitoring(Duration.ofSeconds(45), Duration.ofHours(6)).dailyHousekeeping(false)
                .accessBaseDomain("apps.example.com").discoverPlugins(false);
        for (AppaloftPlugin p : plugins) {
            builder.plugin(p);
        }
        return builder.build();
    }

    @Test
    void aPluginWrittenForAnotherPluginApiIsListedAsIncompatible() {
        AppaloftPlugin future = new AppaloftPlugin() {
            public String name() {
                return "future";
            }

            public String version() {
                return "9.0.0";
            }

            public int apiVersion() {
                return AppaloftPlugin.API_VERSION + 1;
            }
        };
        try (AppaloftEngine engine = engine(future)) {
            Plugin listed = engine.instance().plugins().items().stream().filter(p -> p.name().equals("future"))
                    .findFirst().orElseThrow();
            assertThat(listed.compatible()).isFalse();
            assertThat(listed.configuration().status()).isEqualTo("not-configured");
            assertThat(listed.configuration().diagnostics()).singleElement()
                    .satisfies(d -> assertThat(d.code()).isEqualTo("plugin-api-incompatible"));
        }
    }

    @Test
    void theDoctorTakesTheMonitoringIntervalAndAPublicAccessDomainIsConfigured() {
        try (AppaloftEngine engine = engine()) {
            DoctorReport report = engine.instance().doctor();
            DoctorReport.MaintenanceWorker monitoring = report.maintenanceWorkers().stream()
                    .filter(w -> w.key().equals("runtime-monitoring-collector-runner")).findFirst().orElseThrow();
            assertThat(monitoring.enabled()).isTrue();
            assertThat(monitoring.intervalSeconds()).isEqualTo(45);
            assertThat(monitoring.rawRetentionHours()).isEqualTo(6);
            assertThat(report.maintenanceWorkers()).filteredOn(w -> w.key().equals("scheduled-task-runner"))
                    .singleElement().satisfies(w -> assertThat(w.intervalSeconds()).isEqualTo(5));
            assertThat(report.maintenanceWorkers()).filteredOn(w -> w.key().equals("certificate-retry-scheduler"))
                    .singleElement().satisfies(w -> assertThat(w.enabled()).isFalse()); // no ACME directory here
            assertThat(report.providers()).filteredOn(p -> p.key().equals("default-access-domain")).singleElement()
                    .satisfies(p -> assertThat(p.configuration().status()).isEqualTo("configured"));
            assertThat(report.plugins()).extracting(Plugin::name).contains("store-memory", "fake-runtime")
                    .doesNotContain("billing");
        }
    }

    @Test
    void theDoctorReportsAStoppedEngineAndANearlyFullDiskWithRemedies() {
        FakeRuntime runtime = new FakeRuntime();
        runtime.capacity = new dev.appaloft.core.deployments.FakeCapacity().withProblem(
                new dev.appaloft.api.runtime.capacity.CapacityProblem(
                        dev.appaloft.api.runtime.capacity.CapacityProblem.Kind.DOCKER_UNAVAILABLE,
                        dev.appaloft.api.runtime.capacity.CapacityProblem.Area.DOCKER, "the Docker engine is not reachable"));
        try (AppaloftEngine engine = AppaloftEngine.builder().store(new MemoryStore()).runtime("local-shell", runtime)
                .dailyHousekeeping(false).discoverPlugins(false).runtimeMonitoring(Duration.ZERO, Duration.ofHours(1))
                .build()) {
            DoctorReport report = engine.instance().doctor();
            var local = report.providers().stream().filter(p -> p.key().equals("local-shell")).findFirst().orElseThrow();
            assertThat(local.configuration().status()).isEqualTo("partial");
            assertThat(local.configuration().diagnostics()).anySatisfy(d -> {
                assertThat(d.code()).isEqualTo("docker-unavailable");
                assertThat(d.severity()).isEqualTo("error");
                assertThat(d.message()).contains("systemctl start docker");
            }).anySatisfy(d -> {
                assertThat(d.code()).isEqualTo("disk-nearly-full"); // the fake's disk is 90% used
                assertThat(d.message()).contains("servers.capacity.prune");
            });
            assertThat(report.readiness().details().get("secretKey")).startsWith("ephemeral"); // no key was given
            // providers.list stays cheap: it reads no host
            assertThat(engine.instance().providers().items().stream().filter(p -> p.key().equals("local-shell"))
                    .findFirst().orElseThrow().configuration().status()).isEqualTo("configured");
        }
    }

    @Test
    void namesOfBuiltInPartsAreKebabCase() {
        assertThat(PluginCatalog.name(java.util.concurrent.ConcurrentHashMap.class)).isEqualTo("concurrent-hash-map");
    }
}
