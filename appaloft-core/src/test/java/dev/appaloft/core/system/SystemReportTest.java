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
            assertThat(report.providers()).filteredOn(p -> p.key().equals("default-access-domain")).singleElement()
                    .satisfies(p -> assertThat(p.configuration().status()).isEqualTo("configured"));
            assertThat(report.plugins()).extracting(Plugin::name).contains("store-memory", "fake-runtime")
                    .doesNotContain("billing");
        }
    }

    @Test
    void namesOfBuiltInPartsAreKebabCase() {
        assertThat(PluginCatalog.name(java.util.concurrent.ConcurrentHashMap.class)).isEqualTo("concurrent-hash-map");
    }
}
