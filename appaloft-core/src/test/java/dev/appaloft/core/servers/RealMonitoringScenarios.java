package dev.appaloft.core.servers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.monitoring.ConfigureThresholdsInput;
import dev.appaloft.api.monitoring.InspectUsageInput;
import dev.appaloft.api.monitoring.ListSamplesInput;
import dev.appaloft.api.monitoring.MonitoringSamples;
import dev.appaloft.api.monitoring.MonitoringScope;
import dev.appaloft.api.monitoring.RuntimeUsageReport;
import dev.appaloft.api.monitoring.ShowThresholdsInput;
import dev.appaloft.api.monitoring.ThresholdRule;
import dev.appaloft.api.monitoring.ThresholdsShown;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.internal.UnitOfWork;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Runtime monitoring of a real deployed app: it idles, then burns a core; the sampler's CPU
 * readings rise and a threshold set below the load fires. Subclasses give the engine and server.
 */
public abstract class RealMonitoringScenarios {

    static final String RUN = "mon" + UUID.randomUUID().toString().substring(0, 8);
    // httpd answers the health check; a busy loop starts once /tmp/burn exists
    static final String APP = "FROM local/busybox:1\nRUN mkdir -p /www && echo monitored > /www/index.html\n"
            + "CMD [\"sh\", \"-c\", \"trap 'exit 0' TERM; httpd -f -p 8080 -h /www & "
            + "(while [ ! -f /tmp/burn ]; do sleep 0.2; done; while :; do :; done) & wait\"]\n";

    protected static String resource;

    protected abstract AppaloftEngine engine();

    protected abstract String server();

    /** Removes the test's containers (the deployments leave theirs running). */
    protected static void removeContainers() throws Exception {
        if (resource != null) {
            String ids = RealCapacityScenarios.docker("ps", "-aq", "--filter", "label=appaloft.resource=" + resource).strip();
            for (String id : ids.split("\\s+")) {
                if (!id.isBlank()) {
                    RealCapacityScenarios.docker("rm", "-f", id);
                }
            }
        }
    }

    @Test
    void aBusyAppShowsRisingCpuSamplesAndAThresholdBelowItsLoadFires() throws Exception {
        AppaloftEngine engine = engine();
        String server = server();
        Appaloft.Session appaloft = engine.system();
        String project = appaloft.projects().create(CreateProjectInput.named("monitoring-" + RUN)).id();
        String env = appaloft.environments().create(new CreateEnvironmentInput(project, "prod", EnvironmentKind.PRODUCTION,
                null)).id();
        resource = appaloft.resources().create(new CreateResourceInput(project, env, null, "busy-" + RUN, null, null,
                null, new SourceBinding(SourceBinding.Kind.DOCKERFILE_INLINE, "inline", null, null, null, null, null, null,
                null, null, null, null, null, null, Map.of("content", APP)), null, NetworkProfile.port(8080))).id();
        String deployment = appaloft.deployments().create(new CreateDeploymentInput(project, server, null, env, resource,
                null)).id();
        assertThat(appaloft.deployments().show(deployment).status().current())
                .as(appaloft.deployments().logs(deployment).toString()).isEqualTo(DeploymentStatus.SUCCEEDED);
        MonitoringScope scope = MonitoringScope.resource(resource);
        appaloft.runtimeMonitoring().configureThresholds(ConfigureThresholdsInput.of(scope,
                List.of(ThresholdRule.of("cpu", "containerCpuPercent", 8.0, null))));

        assertThat(engine.sampleRuntimeMonitoring()).isEqualTo(2); // the host and the app's container
        RuntimeUsageReport idle = appaloft.runtimeMonitoring().inspectUsage(InspectUsageInput.of(scope));
        String container = idle.artifacts().get(0).runtimeId();
        RealCapacityScenarios.docker("exec", container, "sh", "-c", "echo go > /tmp/burn");
        Thread.sleep(2_000);
        engine.sampleRuntimeMonitoring();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long wallBefore = System.nanoTime();
        engine.sampleRuntimeMonitoring();
        // a figure, not a check: the control plane's CPU for one pass (the JVM's, the engine's own excluded)
        System.out.printf("one sampler pass: %d ms wall, %d ms control-plane CPU%n",
                (System.nanoTime() - wallBefore) / 1_000_000, (os.getProcessCpuTime() - cpuBefore) / 1_000_000);

        MonitoringSamples samples = appaloft.runtimeMonitoring().samples(ListSamplesInput.of(scope));
        List<Double> cpu = samples.samples().stream().map(s -> s.totals().cpu().containerCpuPercent()).toList();
        System.out.println("container CPU % per sample: " + cpu);
        assertThat(cpu).hasSize(3);
        assertThat(cpu.get(0)).isLessThan(5.0);
        // two cores shared with other builds (load 17 measured): one busy loop got 20-100 % of a core
        assertThat(cpu.get(2)).isGreaterThan(10.0).isGreaterThan(cpu.get(0) + 8);
        assertThat(samples.samples().get(2).totals().memory().containerUsedBytes()).isPositive();

        ThresholdsShown shown = appaloft.runtimeMonitoring().showThresholds(ShowThresholdsInput.of(scope));
        assertThat(shown.evaluation().state()).isEqualTo("warning");
        assertThat(shown.evaluation().crossed()).singleElement()
                .satisfies(c -> assertThat(c.observedValue()).isGreaterThan(8.0));
        long crossings = engine.store().read(r -> r.readStream(UnitOfWork.AUDIT, 0, 100_000)).stream()
                .filter(e -> e.type().equals("runtime-monitoring.threshold-crossed")).count();
        assertThat(crossings).isEqualTo(1);

        MonitoringSamples host = appaloft.runtimeMonitoring().samples(ListSamplesInput.of(MonitoringScope.server(server)));
        var last = host.samples().get(host.samples().size() - 1).totals();
        System.out.println("host sample: " + last);
        assertThat(last.cpu().logicalCores()).isPositive();
        assertThat(last.cpu().loadAverage1m()).isNotNull();
        assertThat(last.memory().totalBytes()).isPositive();
        assertThat(last.disk().totalBytes()).isPositive();
        assertThat(last.inode().total()).isPositive();
        assertThat(last.cpu().containerCpuPercent()).isGreaterThan(10.0);

        RuntimeUsageReport busy = appaloft.runtimeMonitoring().inspectUsage(InspectUsageInput.of(scope));
        assertThat(busy.byResource().get(0).totals().cpu().containerCpuPercent()).isGreaterThan(8.0);
    }
}
