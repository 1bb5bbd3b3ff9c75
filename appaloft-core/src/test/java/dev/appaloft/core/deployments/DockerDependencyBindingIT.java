package dev.appaloft.core.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.dependencies.BindDependencyInput;
import dev.appaloft.api.dependencies.ProvisionDependencyResourceInput;
import dev.appaloft.api.dependencies.RotateBindingSecretInput;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.ExecResult;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import dev.appaloft.store.jdbc.JdbcStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A binding on the real Docker engine: an app whose container only answers once it could connect
 * with {@code $DATABASE_URL} (psql from the offline postgres image) reaches its managed Postgres by
 * alias on the environment's network, also after the database restarted; after a rotation the
 * running app's password is refused by the database and the redeployed app connects with the new one.
 */
class DockerDependencyBindingIT {

    @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();

    @TempDir Path dir;

    @BeforeAll
    static void image() throws Exception {
        OfflineImages.build("build-postgres-image.sh");
    }

    @Test
    void theBoundAppConnectsWithItsUrlAndARotationReachesItWithTheNextDeployment() throws Exception {
        Path app = dir.resolve("app");
        Files.createDirectories(app);
        // healthy only when the database accepted $DATABASE_URL at start
        Files.writeString(app.resolve("Dockerfile"), "FROM postgres:16-alpine\nENTRYPOINT []\n"
                + "CMD [\"sh\", \"-c\", \"mkdir -p /www; if psql \\\"$DATABASE_URL\\\" -tAc 'select 1'; then"
                + " echo ok > /www/index.html; fi; exec busybox httpd -f -p 8080 -h /www\"]\n");
        DockerDeploymentRuntime runtime = new DockerDeploymentRuntime(docker.engine());
        try (AppaloftEngine engine = AppaloftEngine.builder()
                .store(JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC()))
                .secretBox(AesGcmSecretBox.withKey("t", AesGcmSecretBox.newKey()))
                .runtime("local-shell", runtime).build()) {
            Appaloft.Session appaloft = engine.system();
            String project = appaloft.projects().create(CreateProjectInput.named("bind-" + docker.runId())).id();
            String env = appaloft.environments().create(new CreateEnvironmentInput(project, "prod",
                    EnvironmentKind.PRODUCTION, null)).id();
            String resource = appaloft.resources().create(new CreateResourceInput(project, env, null, "shop", null,
                    null, null, SourceBinding.of(SourceBinding.Kind.LOCAL_FOLDER, app.toString()), null,
                    NetworkProfile.port(8080))).id();
            String server = appaloft.servers().create(CreateServerInput.localShell("this host")).id();
            String db = appaloft.dependencyResources().provision(ProvisionDependencyResourceInput.postgres(project, env,
                    server, "orders")).id();
            CreateDeploymentInput deploy = new CreateDeploymentInput(project, server, null, env, resource, null);
            try {
                String binding = appaloft.resources().bindDependency(BindDependencyInput.of(resource, db,
                        "DATABASE_URL")).id();
                deployOk(appaloft, deploy);
                assertThat(connect(resource).exitCode()).as("the app reaches the database by alias").isZero();

                RuntimeInstance database = runtime.find(Map.of("appaloft.dependency-resource", db)).get(0);
                runtime.restart(database);
                awaitConnect(resource);

                appaloft.resources().rotateDependencySecret(RotateBindingSecretInput.generated(resource, binding));
                ExecResult refused = connect(resource);
                assertThat(refused.exitCode()).as("the running app still holds the old password").isNotZero();
                assertThat(refused.stderr()).contains("password authentication failed");

                deployOk(appaloft, deploy);
                assertThat(connect(resource).exitCode()).as("the redeployed app has the new one").isZero();
            } finally {
                docker.engine().containers().listByLabels(Map.of("appaloft.resource", resource))
                        .forEach(c -> docker.engine().containers().remove(c.id()));
                docker.engine().images().listIdsByLabels(Map.of("appaloft.resource", resource))
                        .forEach(image -> docker.engine().images().remove(image, true));
                runtime.find(Map.of("appaloft.dependency-resource", db))
                        .forEach(i -> docker.engine().containers().remove(i.id()));
                runtime.volumes().orElseThrow().remove("appaloft-" + db + "-data");
                docker.engine().networks().remove("appaloft-env-" + env.toLowerCase());
            }
        }
    }

    private static void deployOk(Appaloft.Session appaloft, CreateDeploymentInput deploy) {
        String id = appaloft.deployments().create(deploy).id();
        assertThat(appaloft.deployments().show(id).status().current())
                .as(appaloft.deployments().logs(id).toString()).isEqualTo(DeploymentStatus.SUCCEEDED);
    }

    private static ExecResult connect(String resource) {
        String container = docker.engine().containers().listByLabels(Map.of("appaloft.resource", resource)).get(0).id();
        return docker.engine().containers().exec(container, List.of("sh", "-c",
                "psql \"$DATABASE_URL\" -tAc 'select 1'"), Duration.ofSeconds(20));
    }

    private static void awaitConnect(String resource) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (connect(resource).exitCode() != 0) {
            assertThat(System.nanoTime()).as("the app reaches the restarted database at the same address")
                    .isLessThan(deadline);
            Thread.sleep(250);
        }
    }
}
