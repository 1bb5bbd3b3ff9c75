package dev.appaloft.core.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.ScheduledTasksApi;
import dev.appaloft.api.credentials.CreateSshCredentialInput;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.CreateResourceSecretInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.servers.ConfigureServerCredentialInput;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.ssh.SshKeyType;
import dev.appaloft.api.tasks.*;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.runtime.docker.testing.BaseImages;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import dev.appaloft.runtime.ssh.SshRuntimes;
import dev.appaloft.runtime.ssh.testing.SshdServer;
import dev.appaloft.runtime.ssh.testing.TestSshKeys;
import dev.appaloft.store.jdbc.JdbcStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scheduled tasks on a server reached over SSH (a real sshd whose docker CLI drives this machine's
 * engine): the command runs as a one-off container there, with the app's variables, its output
 * and exit code come back; one past its timeout is killed; no task container is left.
 */
class SshTaskIT {

    @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();
    private static final String SECRET = "ssh-task-s3cret";

    @TempDir static Path dir;
    static SshdServer sshd;
    static AppaloftEngine engine;
    static Appaloft.Session appaloft;
    static String resource;

    @BeforeAll
    static void deployOverSsh() throws Exception {
        String image = "appaloft-it/ssh-task-app-" + docker.runId() + ":1";
        BaseImages.buildHttpApp(docker.engine(), Map.of("index.html", "app"), image, docker.labels());
        TestSshKeys.Key key = TestSshKeys.generate(SshKeyType.ED25519, TestSshKeys.Format.OPENSSH, null);
        sshd = SshdServer.start(dir.resolve("sshd"));
        sshd.authorize(key.publicKey());
        engine = AppaloftEngine.builder()
                .store(JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC()))
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .remoteRuntimes(SshRuntimes.withDefaults())
                .workDirectory(dir.resolve("work"))
                .build();
        appaloft = engine.system();
        String credential = appaloft.sshCredentials().create(CreateSshCredentialInput.of("key", key.privateKey())
                .withUsername(sshd.user())).id();
        String project = appaloft.projects().create(CreateProjectInput.named("ssh-tasks-" + docker.runId())).id();
        String env = appaloft.environments().create(new CreateEnvironmentInput(project, "prod",
                EnvironmentKind.PRODUCTION, null)).id();
        String server = appaloft.servers().create(new CreateServerInput("box", sshd.host(), "generic-ssh", null,
                (long) sshd.port(), null)).id();
        appaloft.servers().configureCredential(server, ConfigureServerCredentialInput.Credential.stored(credential,
                null));
        resource = appaloft.resources().create(new CreateResourceInput(project, env, null, "ssh-tasks", null, null,
                null, SourceBinding.of(SourceBinding.Kind.DOCKER_IMAGE, image), null,
                new NetworkProfile(8080L, null, NetworkProfile.ExposureMode.NONE, null, null))).id();
        appaloft.resources().createSecret(new CreateResourceSecretInput(resource, "TASK_TOKEN", SECRET, null));
        String deployment = appaloft.deployments().create(new CreateDeploymentInput(project, server, null, env,
                resource, null)).id();
        assertThat(appaloft.deployments().show(deployment).status().current())
                .as(appaloft.deployments().logs(deployment).toString()).isEqualTo(DeploymentStatus.SUCCEEDED);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (resource != null) {
                docker.engine().containers().listByLabels(Map.of("appaloft.resource", resource))
                        .forEach(c -> docker.engine().containers().remove(c.id()));
            }
        } finally {
            if (engine != null) {
                engine.close();
            }
            if (sshd != null) {
                sshd.close();
            }
        }
    }

    ScheduledTasksApi tasks() {
        return appaloft.scheduledTasks();
    }

    ScheduledTaskRunView runNow(String command, int timeoutSeconds) throws InterruptedException {
        ScheduledTaskView task = tasks().create(CreateScheduledTaskInput.of(resource, "0 0 29 2 *", "UTC", command,
                timeoutSeconds, 0)).task();
        String runId = tasks().runNow(RunScheduledTaskNowInput.of(task.taskId(), resource)).run().runId();
        DockerTaskIT.await(() -> List.of("succeeded", "failed", "skipped").contains(tasks().run(runId).run().status()),
                Duration.ofSeconds(90));
        return tasks().run(runId).run();
    }

    List<String> lines(String runId, String stream) {
        return tasks().logs(ScheduledTaskRunLogsInput.of(runId)).entries().stream()
                .filter(e -> e.stream().equals(stream)).map(ScheduledTaskRunLogs.Entry::message).toList();
    }

    @Test
    void aCommandRunsOnTheServerAndItsOutputAndExitCodeComeBack() throws Exception {
        ScheduledTaskRunView run = runNow("echo \"token $TASK_TOKEN\"; echo bad >&2; exit 5", 30);
        assertThat(run.status()).as(tasks().logs(ScheduledTaskRunLogsInput.of(run.runId())).toString())
                .isEqualTo("failed");
        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(lines(run.runId(), "stdout")).containsExactly("token ********");
        assertThat(lines(run.runId(), "stderr")).containsExactly("bad");
        assertThat(runNow("echo fine", 30).status()).isEqualTo("succeeded");
        assertThat(docker.engine().containers().listByLabels(Map.of("appaloft.task-resource", resource))).isEmpty();
    }

    @Test
    void aCommandPastItsTimeoutIsKilledOnTheServer() throws Exception {
        ScheduledTaskRunView run = runNow("echo begun; sleep 120", 2);
        assertThat(run.status()).isEqualTo("failed");
        assertThat(run.failureSummary()).isEqualTo("timed out after 2 s; the container was killed");
        assertThat(lines(run.runId(), "stdout")).containsExactly("begun");
        assertThat(docker.engine().containers().listByLabels(Map.of("appaloft.task-resource", resource))).isEmpty();
    }
}
