package dev.appaloft.core.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentDetail;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.deployments.ListDeploymentsInput;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.store.Lease;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.testing.BaseImages;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import dev.appaloft.store.jdbc.JdbcStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Crash safety against the real Docker engine: a control plane in another JVM is killed (halted,
 * as by {@code kill -9}) at a step of a redeploy; an engine restarted on the same SQLite file ends
 * the deployment with a reason, leaves exactly one instance serving, holds no lease, and can
 * deploy the resource again.
 */
class EngineCrashIT {

    /** Short, so the restarted engine may take the dead one's deployment at once. */
    static final Duration LEASE = Duration.ofSeconds(2);

    @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();

    @TempDir Path dir;

    /**
     * A synchronous redeploy is ended by the restarted engine's start-up sweep; a detached one is a
     * work item, which the restarted engine's worker claims once the dead worker's lease expired.
     */
    @ParameterizedTest(name = "killed when {0} ({2}): the deployment ends {1}")
    @CsvSource({"packaged, failed, synchronous", "candidate-started, failed, synchronous",
            "verified, failed, synchronous", "retiring-previous, succeeded, synchronous",
            "verified, failed, detached", "retiring-previous, succeeded, detached"})
    void aControlPlaneKilledMidDeploymentIsRecoveredCleanly(String step, String outcome, String mode) throws Exception {
        String image = "appaloft-it/crash-" + docker.runId() + ":1";
        BaseImages.buildHttpApp(docker.engine(), Map.of("index.html", "serving"), image, docker.labels());
        Path database = dir.resolve("appaloft.db");
        DockerDeploymentRuntime runtime = new DockerDeploymentRuntime(docker.engine());
        String resource;
        String baseline;
        List<String> target;
        try (AppaloftEngine engine = engine(database, runtime)) {
            Appaloft.Session appaloft = engine.system();
            String project = appaloft.projects().create(CreateProjectInput.named("crash-" + docker.runId())).id();
            String env = appaloft.environments().create(new CreateEnvironmentInput(project, "prod",
                    EnvironmentKind.PRODUCTION, null)).id();
            resource = appaloft.resources().create(new CreateResourceInput(project, env, null, "app", null, null, null,
                    SourceBinding.of(SourceBinding.Kind.DOCKER_IMAGE, image), null, NetworkProfile.port(8080))).id();
            String server = appaloft.servers().create(CreateServerInput.localShell("this host")).id();
            baseline = appaloft.deployments().create(new CreateDeploymentInput(project, server, null, env, resource,
                    null)).id();
            assertThat(appaloft.deployments().show(baseline).status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
            target = mode.equals("detached") ? List.of(project, env, server) : List.of();
        }
        try {
            List<String> command = new java.util.ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrashingEngineMain.class.getName(),
                    database.toString(), resource, step));
            command.addAll(target);
            Process child = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child engine ends").isTrue();
            assertThat(child.exitValue()).as("the child halted at " + step + " (see child.log)")
                    .isEqualTo(CrashingEngineMain.HALTED);

            Thread.sleep(LEASE.plusMillis(500).toMillis()); // the dead engine's claim runs out
            try (AppaloftEngine restarted = engine(database, runtime)) { // its start-up sweep recovers
                Appaloft.Session appaloft = restarted.system();
                String crashed = appaloft.deployments().list(new ListDeploymentsInput(null, resource, null, 1))
                        .items().get(0).id();
                assertThat(crashed).isNotEqualTo(baseline);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!appaloft.deployments().show(crashed).status().current().isTerminal()
                        && System.nanoTime() < deadline) {
                    Thread.sleep(100); // a detached one ends when the restarted worker has taken its item
                }
                DeploymentDetail shown = appaloft.deployments().show(crashed);
                assertThat(shown.status().current().wire()).isEqualTo(outcome);
                if (outcome.equals("failed")) {
                    assertThat(shown.latestFailure().message()).startsWith("deployment_interrupted");
                }
                Store store = restarted.store();
                Lease lease = store.leases().find(DeploymentExecutor.leaseKey(crashed)).orElse(null);
                assertThat(lease == null || lease.owner() == null || !lease.isLiveAt(Instant.now()))
                        .as("no lease stays held: %s", lease).isTrue();

                List<RuntimeInstance> left = runtime.find(Map.of(DeploymentExecutor.LABEL_RESOURCE, resource));
                assertThat(left).as("exactly one instance serves, none is orphaned").hasSize(1);
                String servingDeployment = outcome.equals("failed") ? baseline : crashed;
                assertThat(left.get(0).labels()).containsEntry(DeploymentExecutor.LABEL_DEPLOYMENT, servingDeployment);
                assertThat(get("http://127.0.0.1:" + left.get(0).hostPort() + "/")).isEqualTo("serving");

                String again = appaloft.deployments().redeploy(new dev.appaloft.api.deployments.RedeployInput(
                        resource, null, null, null, null, null, null)).id();
                assertThat(appaloft.deployments().show(again).status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
                assertThat(runtime.find(Map.of(DeploymentExecutor.LABEL_RESOURCE, resource))).hasSize(1);
            }
        } finally {
            String created = resource;
            docker.engine().containers().listByLabels(Map.of(DeploymentExecutor.LABEL_RESOURCE, created))
                    .forEach(c -> docker.engine().containers().remove(c.id()));
        }
    }

    private static AppaloftEngine engine(Path database, DockerDeploymentRuntime runtime) {
        return engineOn(database, runtime);
    }

    /** Deployment and work leases are short so the restarted engine may take over at once. */
    static AppaloftEngine engineOn(Path database, dev.appaloft.api.runtime.DeploymentRuntime runtime) {
        return AppaloftEngine.builder()
                .store(JdbcStore.sqlite(database, Clock.systemUTC()))
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .runtime("local-shell", runtime)
                .deploymentLease(LEASE)
                .workers(2, LEASE, Duration.ofMillis(100))
                .build();
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        return response.body().trim();
    }
}
