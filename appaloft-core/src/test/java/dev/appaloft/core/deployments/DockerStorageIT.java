package dev.appaloft.core.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.storage.AttachStorageInput;
import dev.appaloft.api.storage.CleanupStorageRuntimeInput;
import dev.appaloft.api.storage.CreateStorageVolumeInput;
import dev.appaloft.api.storage.StorageRuntimeCleanup;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.ExecResult;
import dev.appaloft.runtime.docker.testing.BaseImages;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import dev.appaloft.store.jdbc.JdbcStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Storage on the real Docker engine: a volume attached to a resource is made (labelled) on the
 * first deployment, what that deployment's container wrote there is read by the next deployment's
 * container, and once detached, deleted and unused the runtime cleanup removes it.
 */
class DockerStorageIT {

    @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();

    @TempDir Path dir;

    @Test
    void whatOneDeploymentWritesToItsVolumeTheNextOneReads() throws Exception {
        BaseImages.ensureBusybox(docker.engine());
        Path app = dir.resolve("app");
        Files.createDirectories(app.resolve("www"));
        Files.writeString(app.resolve("www/index.html"), "ok");
        // each container appends one line to the volume when it starts
        Files.writeString(app.resolve("Dockerfile"), "FROM " + BaseImages.BUSYBOX + "\nCOPY www /www\n"
                + "CMD [\"sh\", \"-c\", \"echo started >> /data/visits; exec httpd -f -p 8080 -h /www\"]\n");
        try (AppaloftEngine engine = AppaloftEngine.builder()
                .store(JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC()))
                .secretBox(AesGcmSecretBox.withKey("t", AesGcmSecretBox.newKey()))
                .runtime("local-shell", new DockerDeploymentRuntime(docker.engine()))
                .build()) {
            Appaloft.Session appaloft = engine.system();
            String project = appaloft.projects().create(CreateProjectInput.named("storage-" + docker.runId())).id();
            String env = appaloft.environments().create(new CreateEnvironmentInput(project, "prod",
                    EnvironmentKind.PRODUCTION, null)).id();
            String resource = appaloft.resources().create(new CreateResourceInput(project, env, null, "keeper", null,
                    null, null, SourceBinding.of(SourceBinding.Kind.LOCAL_FOLDER, app.toString()), null,
                    NetworkProfile.port(8080))).id();
            String server = appaloft.servers().create(CreateServerInput.localShell("this host")).id();
            String volume = appaloft.storageVolumes().create(CreateStorageVolumeInput.namedVolume(project, env,
                    "data")).id();
            String attachment = appaloft.resources().attachStorage(AttachStorageInput.of(resource, volume, "/data")).id();
            String volumeName = "appaloft-" + volume;
            CreateDeploymentInput deploy = new CreateDeploymentInput(project, server, null, env, resource, null);
            try {
                for (int run = 1; run <= 2; run++) {
                    String id = appaloft.deployments().create(deploy).id();
                    assertThat(appaloft.deployments().show(id).status().current())
                            .as(appaloft.deployments().logs(id).toString()).isEqualTo(DeploymentStatus.SUCCEEDED);
                    assertThat(visits(resource)).as("deployment " + run + " reads every start so far")
                            .isEqualTo("started\n".repeat(run));
                }
                assertThat(docker.engine().containers().listByLabels(Map.of("appaloft.resource", resource))).hasSize(1);

                Instant later = Instant.now().plus(Duration.ofMinutes(1));
                CleanupStorageRuntimeInput dry = new CleanupStorageRuntimeInput(volume, server, later.toString(), null);
                assertThat(appaloft.storageVolumes().cleanupRuntime(dry).candidates())
                        .extracting(StorageRuntimeCleanup.Candidate::blockedReason).containsExactly("active-attachment");
                appaloft.resources().detachStorage(resource, attachment);
                appaloft.storageVolumes().delete(volume);
                StorageRuntimeCleanup inUse = appaloft.storageVolumes().cleanupRuntime(dry);
                assertThat(inUse.candidates()).extracting(StorageRuntimeCleanup.Candidate::blockedReason)
                        .containsExactly("active-runtime");
                assertThat(inUse.candidates().get(0).updatedAt()).as("the engine's creation time").isNotNull();
                removeContainers(resource);
                StorageRuntimeCleanup cleaned = appaloft.storageVolumes().cleanupRuntime(new CleanupStorageRuntimeInput(
                        volume, server, later.toString(), false));
                assertThat(cleaned.candidates()).extracting(StorageRuntimeCleanup.Candidate::action)
                        .containsExactly("cleaned");
                assertThat(new DockerDeploymentRuntime(docker.engine()).volumes().orElseThrow().find(volumeName))
                        .isEmpty();
            } finally {
                removeContainers(resource);
                docker.engine().images().listIdsByLabels(Map.of("appaloft.resource", resource))
                        .forEach(image -> docker.engine().images().remove(image, true));
                new DockerDeploymentRuntime(docker.engine()).volumes().orElseThrow().remove(volumeName);
            }
        }
    }

    private static String visits(String resource) {
        String container = docker.engine().containers().listByLabels(Map.of("appaloft.resource", resource)).get(0).id();
        ExecResult read = docker.engine().containers().exec(container, List.of("cat", "/data/visits"),
                Duration.ofSeconds(10));
        return read.stdout();
    }

    private static void removeContainers(String resource) {
        docker.engine().containers().listByLabels(Map.of("appaloft.resource", resource))
                .forEach(c -> docker.engine().containers().remove(c.id()));
    }
}
