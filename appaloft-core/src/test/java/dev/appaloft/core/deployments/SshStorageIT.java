package dev.appaloft.core.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.credentials.CreateSshCredentialInput;
import dev.appaloft.api.dependencies.ProvisionDependencyResourceInput;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.servers.ConfigureServerCredentialInput;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.ssh.SshKeyType;
import dev.appaloft.api.storage.AttachStorageInput;
import dev.appaloft.api.storage.CleanupStorageRuntimeInput;
import dev.appaloft.api.storage.CreateStorageVolumeInput;
import dev.appaloft.api.storage.StorageRuntimeCleanup;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.runtime.ssh.SshRuntimes;
import dev.appaloft.runtime.ssh.testing.SshdServer;
import dev.appaloft.runtime.ssh.testing.TestSshKeys;
import dev.appaloft.store.jdbc.JdbcStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Storage and a managed Postgres on a server reached over SSH (a real sshd whose docker CLI drives
 * this machine's engine): the SSH runtime makes the labelled volume, mounts it into each new
 * container (what one deployment wrote the next reads), finds and removes it for the cleanup, and
 * runs the database's readiness check with docker exec.
 */
class SshStorageIT {

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String DOCKERFILE = "FROM local/busybox:1\nRUN mkdir -p /www && echo ok > /www/index.html\n"
            + "CMD [\"sh\", \"-c\", \"echo started >> /data/visits; exec httpd -f -p 8080 -h /www\"]\n";

    @TempDir Path dir;

    @Test
    void volumesAndAPostgresOverSsh() throws Exception {
        OfflineImages.build("build-postgres-image.sh");
        TestSshKeys.Key key = TestSshKeys.generate(SshKeyType.ED25519, TestSshKeys.Format.OPENSSH, null);
        String resource = null;
        String volume = null;
        String database = null;
        try (SshdServer sshd = SshdServer.start(dir.resolve("sshd"));
             AppaloftEngine engine = AppaloftEngine.builder()
                     .store(JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC()))
                     .secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                     .remoteRuntimes(SshRuntimes.withDefaults()).workDirectory(dir.resolve("work")).build()) {
            sshd.authorize(key.publicKey());
            Appaloft.Session appaloft = engine.system();
            String credential = appaloft.sshCredentials().create(CreateSshCredentialInput.of("key", key.privateKey())
                    .withUsername(sshd.user())).id();
            String project = appaloft.projects().create(CreateProjectInput.named("ssh-storage-" + RUN)).id();
            String env = appaloft.environments().create(new CreateEnvironmentInput(project, "prod",
                    EnvironmentKind.PRODUCTION, null)).id();
            String server = appaloft.servers().create(new CreateServerInput("box", sshd.host(), "generic-ssh", null,
                    (long) sshd.port(), null)).id();
            appaloft.servers().configureCredential(server, ConfigureServerCredentialInput.Credential.stored(credential,
                    null));
            SourceBinding inline = new SourceBinding(SourceBinding.Kind.DOCKERFILE_INLINE, "inline", null, null, null,
                    null, null, null, null, null, null, null, null, null, Map.of("content", DOCKERFILE));
            resource = appaloft.resources().create(new CreateResourceInput(project, env, null, "keeper-" + RUN, null,
                    null, null, inline, null, NetworkProfile.port(8080))).id();
            volume = appaloft.storageVolumes().create(CreateStorageVolumeInput.namedVolume(project, env, "data")).id();
            String attachment = appaloft.resources().attachStorage(AttachStorageInput.of(resource, volume, "/data")).id();
            CreateDeploymentInput deploy = new CreateDeploymentInput(project, server, null, env, resource, null);
            for (int round = 1; round <= 2; round++) {
                String id = appaloft.deployments().create(deploy).id();
                assertThat(appaloft.deployments().show(id).status().current())
                        .as(appaloft.deployments().logs(id).toString()).isEqualTo(DeploymentStatus.SUCCEEDED);
                String container = run("docker", "ps", "-q", "--filter", "label=appaloft.resource=" + resource).strip();
                assertThat(run("docker", "exec", container, "cat", "/data/visits")).isEqualTo("started\n".repeat(round));
            }
            assertThat(run("docker", "volume", "inspect", "--format", "{{index .Labels \"appaloft.storage-volume\"}}",
                    "appaloft-" + volume).strip()).isEqualTo(volume);

            appaloft.resources().detachStorage(resource, attachment);
            removeContainers(resource);
            StorageRuntimeCleanup cleaned = appaloft.storageVolumes().cleanupRuntime(new CleanupStorageRuntimeInput(
                    volume, server, Instant.now().plus(Duration.ofMinutes(1)).toString(), false));
            assertThat(cleaned.candidates()).extracting(StorageRuntimeCleanup.Candidate::action).containsExactly("cleaned");
            assertThat(cleaned.candidates().get(0).updatedAt()).isNotNull();
            assertThat(run("docker", "volume", "ls", "-q", "--filter", "name=appaloft-" + volume)).isBlank();

            database = appaloft.dependencyResources().provision(ProvisionDependencyResourceInput.postgres(project, env,
                    server, "orders")).id();
            assertThat(appaloft.dependencyResources().show(database).dependencyResource().lifecycleStatus())
                    .isEqualTo("ready");
            String pg = run("docker", "ps", "-q", "--filter", "label=appaloft.dependency-resource=" + database).strip();
            assertThat(run("docker", "exec", pg, "psql", "-U", "appaloft", "-d", "orders", "-tAc", "select 1").strip())
                    .isEqualTo("1");
            appaloft.dependencyResources().delete(database);
            assertThat(run("docker", "ps", "-aq", "--filter", "label=appaloft.dependency-resource=" + database)).isBlank();
            assertThat(run("docker", "volume", "ls", "-q", "--filter", "name=appaloft-" + database + "-data")).isBlank();
        } finally {
            if (resource != null) {
                removeContainers(resource);
            }
            if (database != null) {
                run("sh", "-c", "docker ps -aq --filter label=appaloft.dependency-resource=" + database
                        + " | xargs -r docker rm -f; docker volume rm -f appaloft-" + database + "-data");
            }
            if (volume != null) {
                run("docker", "volume", "rm", "-f", "appaloft-" + volume);
            }
            run("sh", "-c", "docker images -q --filter 'reference=appaloft/*-" + RUN + "' | sort -u | xargs -r docker rmi -f");
        }
    }

    private static void removeContainers(String resource) throws Exception {
        run("sh", "-c", "docker ps -aq --filter label=appaloft.resource=" + resource + " | xargs -r docker rm -f");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return out;
    }
}
