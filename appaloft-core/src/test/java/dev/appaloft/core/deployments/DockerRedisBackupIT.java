package dev.appaloft.core.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.dependencies.BindDependencyInput;
import dev.appaloft.api.dependencies.DependencyKind;
import dev.appaloft.api.dependencies.ProvisionDependencyResourceInput;
import dev.appaloft.api.dependencies.RotateBindingSecretInput;
import dev.appaloft.api.dependencies.backups.CreateDependencyBackupInput;
import dev.appaloft.api.dependencies.backups.DependencyBackupStatus;
import dev.appaloft.api.dependencies.backups.DependencyBackupView;
import dev.appaloft.api.dependencies.backups.RestoreDependencyBackupInput;
import dev.appaloft.api.dependencies.backups.RestoreStatus;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import dev.appaloft.store.jdbc.JdbcStore;
import java.nio.charset.StandardCharsets;
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
 * A real backup and restore of a managed Redis on the Docker engine: keys written, an RDB snapshot
 * stored, keys changed, deleted and added, then the restore (through a helper server in the same
 * container, which is not restarted) brings the snapshot's keys back, and they survive a restart
 * of the container (the append-only file was rewritten). A rotation then makes Redis refuse the
 * old password and take the new one, also after a restart.
 */
class DockerRedisBackupIT {

    @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();

    @TempDir Path dir;

    @BeforeAll
    static void image() throws Exception {
        OfflineImages.build("build-redis-image.sh");
    }

    @Test
    void aBackupOfARealRedisRestoresItsKeys() throws Exception {
        AesGcmSecretBox box = AesGcmSecretBox.withKey("t", AesGcmSecretBox.newKey());
        JdbcStore store = JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC());
        DockerDeploymentRuntime runtime = new DockerDeploymentRuntime(docker.engine());
        try (AppaloftEngine engine = AppaloftEngine.builder().store(store).secretBox(box)
                .runtime("local-shell", runtime).workDirectory(dir.resolve("work"))
                .workers(2, Duration.ofSeconds(10), Duration.ofMillis(100)).build()) {
            Appaloft.Session appaloft = engine.system();
            String project = appaloft.projects().create(CreateProjectInput.named("rbk-" + docker.runId())).id();
            String env = appaloft.environments().create(new CreateEnvironmentInput(project, "prod",
                    EnvironmentKind.PRODUCTION, null)).id();
            String server = appaloft.servers().create(CreateServerInput.localShell("this host")).id();
            String id = appaloft.dependencyResources().provision(new ProvisionDependencyResourceInput(DependencyKind.REDIS,
                    project, env, server, "cache", null, null, null, null)).id();
            try {
                String password = ManagedDatabases.password(store, box, id);
                RuntimeInstance instance = runtime.find(Map.of("appaloft.dependency-resource", id)).get(0);
                assertThat(redis(runtime, instance, password, "set session:1 original")).isEqualTo("OK");
                assertThat(redis(runtime, instance, password, "rpush queue a b c")).isEqualTo("3");

                String backupId = appaloft.dependencyBackups().createBackup(CreateDependencyBackupInput.of(id)).id();
                DependencyBackupView ready = ManagedDatabases.await(appaloft, backupId, b -> b.status() != DependencyBackupStatus.PENDING);
                assertThat(ready.status()).as(String.valueOf(ready.failureMessage())).isEqualTo(DependencyBackupStatus.READY);
                JsonNode doc = Json.mapper().readTree(store.read(r -> r.find(StoreCollections.DEPENDENCY_BACKUPS,
                        backupId)).orElseThrow().body());
                byte[] dump = Files.readAllBytes(dir.resolve("work/artifacts").resolve(doc.path("artifactKey").asText()));
                assertThat(new String(dump, 0, 5, StandardCharsets.US_ASCII)).as("an RDB file").isEqualTo("REDIS");
                assertThat(doc.path("sizeBytes").asLong()).isEqualTo(dump.length);

                redis(runtime, instance, password, "set session:1 changed");
                redis(runtime, instance, password, "del queue");
                redis(runtime, instance, password, "set added later");
                appaloft.dependencyBackups().restoreBackup(RestoreDependencyBackupInput.acknowledged(backupId));
                DependencyBackupView restored = ManagedDatabases.await(appaloft, backupId, b -> b.latestRestoreAttempt() != null
                        && b.latestRestoreAttempt().status() != RestoreStatus.PENDING);
                assertThat(restored.latestRestoreAttempt().status())
                        .as(String.valueOf(restored.latestRestoreAttempt().failureMessage()))
                        .isEqualTo(RestoreStatus.COMPLETED);
                assertThat(redis(runtime, instance, password, "get session:1")).isEqualTo("original");
                assertThat(redis(runtime, instance, password, "lrange queue 0 -1")).isEqualTo("a\nb\nc");
                assertThat(redis(runtime, instance, password, "exists added")).isEqualTo("0");
                assertThat(redis(runtime, instance, password, "info replication")).contains("role:master");

                RuntimeInstance again = runtime.restart(instance);
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                String after = "";
                while (System.nanoTime() < deadline && !after.equals("original")) {
                    Thread.sleep(200);
                    after = redis(runtime, again, password, "get session:1");
                }
                assertThat(after).as("the restored data is what a restart loads").isEqualTo("original");

                // a rotation changes the password in the server and in its config file
                String app = appaloft.resources().create(new CreateResourceInput(project, env, null, "web", null, null,
                        null, SourceBinding.of(SourceBinding.Kind.LOCAL_FOLDER, dir.toString()), null,
                        NetworkProfile.port(8080))).id();
                String binding = appaloft.resources().bindDependency(BindDependencyInput.of(app, id, "REDIS_URL")).id();
                appaloft.resources().rotateDependencySecret(RotateBindingSecretInput.generated(app, binding));
                String next = ManagedDatabases.password(store, box, id);
                assertThat(next).isNotEqualTo(password);
                assertThat(redis(runtime, again, password, "get session:1")).as("the old password is refused")
                        .contains("NOAUTH");
                assertThat(redis(runtime, again, next, "get session:1")).isEqualTo("original");
                RuntimeInstance restarted = runtime.restart(again);
                String rotated = "";
                deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (System.nanoTime() < deadline && !rotated.equals("original")) {
                    Thread.sleep(200);
                    rotated = redis(runtime, restarted, next, "get session:1");
                }
                assertThat(rotated).as("a restart keeps the new password").isEqualTo("original");
                assertThat(redis(runtime, restarted, password, "get session:1")).contains("NOAUTH");
            } finally {
                ManagedDatabases.remove(docker, runtime, id, env);
            }
        }
    }

    // the test's own password goes through the environment variable redis-cli reads, not its arguments
    private static String redis(DockerDeploymentRuntime runtime, RuntimeInstance instance, String password,
                                String command) {
        try {
            return runtime.exec(instance, List.of("sh", "-c", "REDISCLI_AUTH='" + password + "' redis-cli "
                    + "--no-auth-warning -h 127.0.0.1 " + command), Duration.ofSeconds(10)).stdout().strip();
        } catch (RuntimeException e) {
            return ""; // still starting after the restart
        }
    }
}
