package dev.appaloft.core.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.dependencies.ProvisionDependencyResourceInput;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.ExecResult;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import dev.appaloft.store.jdbc.JdbcStore;
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
 * A managed Redis on the real Docker engine, from the default image name (built offline by
 * scripts/build-redis-image.sh): it requires its generated password (sealed in the store), keeps it
 * across a restart, and delete removes container and data.
 */
class DockerRedisIT {

    @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();

    @TempDir Path dir;

    @BeforeAll
    static void image() throws Exception {
        OfflineImages.build("build-redis-image.sh");
    }

    @Test
    void aProvisionedRedisRequiresItsGeneratedPassword() throws Exception {
        AesGcmSecretBox box = AesGcmSecretBox.withKey("t", AesGcmSecretBox.newKey());
        JdbcStore store = JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC());
        DockerDeploymentRuntime runtime = new DockerDeploymentRuntime(docker.engine());
        try (AppaloftEngine engine = AppaloftEngine.builder().store(store).secretBox(box)
                .runtime("local-shell", runtime).build()) {
            Appaloft.Session appaloft = engine.system();
            String project = appaloft.projects().create(CreateProjectInput.named("redis-" + docker.runId())).id();
            String env = appaloft.environments().create(new CreateEnvironmentInput(project, "prod",
                    EnvironmentKind.PRODUCTION, null)).id();
            String server = appaloft.servers().create(CreateServerInput.localShell("this host")).id();
            String id = appaloft.dependencyResources().provision(ProvisionDependencyResourceInput.redis(project, env,
                    server, "cache")).id();
            try {
                assertThat(appaloft.dependencyResources().show(id).dependencyResource().connection().maskedConnection())
                        .isEqualTo("redis://default:********@dep-cache:6379/0");
                JsonNode stored = Json.mapper().readTree(store.read(r -> r.find(StoreCollections.DEPENDENCY_RESOURCES, id))
                        .orElseThrow().body());
                String password = box.open(stored.path("credentials").path("sealedPassword").asText());
                RuntimeInstance instance = runtime.find(Map.of("appaloft.dependency-resource", id)).get(0);
                assertThat(cli(instance, "").stdout()).contains("NOAUTH");
                assertThat(cli(instance, "wrong-password").stdout() + cli(instance, "wrong-password").stderr())
                        .containsAnyOf("WRONGPASS", "invalid");
                assertThat(cli(instance, password).stdout()).contains("PONG");
                RuntimeInstance restarted = runtime.restart(instance);
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (!cli(restarted, password).stdout().contains("PONG")) {
                    assertThat(System.nanoTime()).as("the same password after a restart").isLessThan(deadline);
                    Thread.sleep(200);
                }
                appaloft.dependencyResources().delete(id);
                assertThat(runtime.find(Map.of("appaloft.dependency-resource", id))).isEmpty();
                assertThat(runtime.volumes().orElseThrow().find("appaloft-" + id + "-data")).isEmpty();
            } finally {
                runtime.find(Map.of("appaloft.dependency-resource", id))
                        .forEach(i -> docker.engine().containers().remove(i.id()));
                runtime.volumes().orElseThrow().remove("appaloft-" + id + "-data");
                docker.engine().networks().remove("appaloft-env-" + env.toLowerCase());
            }
        }
    }

    // the test's own password goes through the environment variable redis-cli reads, not its arguments
    private static ExecResult cli(RuntimeInstance instance, String password) {
        return docker.engine().containers().exec(instance.id(), List.of("sh", "-c",
                (password.isEmpty() ? "" : "REDISCLI_AUTH='" + password + "' ") + "redis-cli -h 127.0.0.1 ping 2>&1"),
                Duration.ofSeconds(10));
    }
}
