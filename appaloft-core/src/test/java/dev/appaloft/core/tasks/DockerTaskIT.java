package dev.appaloft.core.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.ScheduledTasksApi;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.CreateResourceSecretInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.tasks.*;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.testing.BaseImages;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import dev.appaloft.store.jdbc.JdbcStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scheduled tasks on the real Docker engine, through the facade on SQLite: a deployed app's task
 * runs as a one-off container of its image with its variables, and its real output and exit code
 * are kept; a task past its timeout is killed; a schedule every two seconds runs by itself. No
 * task container is left behind.
 */
class DockerTaskIT {

    @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();
    private static final String SECRET = "s3cr3t-task-token";

    @TempDir static Path dir;
    static AppaloftEngine engine;
    static Appaloft.Session appaloft;
    static String resource;
    static String image;
    static String project;
    static String env;

    @BeforeAll
    static void deployAnApp() {
        image = "appaloft-it/task-app-" + docker.runId() + ":1";
        BaseImages.buildHttpApp(docker.engine(), Map.of("index.html", "app"), image, docker.labels());
        engine = AppaloftEngine.builder()
                .store(JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC()))
                .secretBox(AesGcmSecretBox.withKey("t", AesGcmSecretBox.newKey()))
                .runtime("local-shell", new DockerDeploymentRuntime(docker.engine()))
                .scheduledTaskTick(Duration.ofSeconds(1))
                .build();
        appaloft = engine.system();
        project = appaloft.projects().create(CreateProjectInput.named("tasks-" + docker.runId())).id();
        env = appaloft.environments().create(new CreateEnvironmentInput(project, "prod",
                EnvironmentKind.PRODUCTION, null)).id();
        resource = appaloft.resources().create(new CreateResourceInput(project, env, null, "tasks", null, null, null,
                SourceBinding.of(SourceBinding.Kind.DOCKER_IMAGE, image), null,
                new NetworkProfile(8080L, null, NetworkProfile.ExposureMode.NONE, null, null))).id();
        appaloft.resources().createSecret(new CreateResourceSecretInput(resource, "TASK_TOKEN", SECRET, null));
        String server = appaloft.servers().create(CreateServerInput.localShell("this host")).id();
        String deployment = appaloft.deployments().create(new CreateDeploymentInput(project, server, null, env,
                resource, null)).id();
        assertThat(appaloft.deployments().show(deployment).status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
    }

    @AfterAll
    static void removeTheApp() {
        if (engine != null) {
            engine.close();
        }
        docker.engine().containers().listByLabels(Map.of("appaloft.resource", resource))
                .forEach(c -> docker.engine().containers().remove(c.id()));
    }

    ScheduledTasksApi tasks() {
        return appaloft.scheduledTasks();
    }

    ScheduledTaskRunView awaitEnded(String runId, Duration within) throws InterruptedException {
        await(() -> List.of("succeeded", "failed", "skipped").contains(tasks().run(runId).run().status()), within);
        return tasks().run(runId).run();
    }

    List<String> lines(String runId, String stream) {
        return tasks().logs(ScheduledTaskRunLogsInput.of(runId)).entries().stream()
                .filter(e -> e.stream().equals(stream)).map(ScheduledTaskRunLogs.Entry::message).toList();
    }

    @Test
    void aCommandRunsInTheAppsImageWithItsVariablesAndItsOutputAndExitCodeAreKept() throws Exception {
        ScheduledTaskView task = tasks().create(CreateScheduledTaskInput.of(resource, "0 0 29 2 *", "UTC",
                "echo \"token $TASK_TOKEN port $PORT\"; ls /www; echo oops >&2; exit 7", 30, 1)).task();
        ScheduledTaskRunView run = awaitEnded(tasks().runNow(RunScheduledTaskNowInput.of(task.taskId(), resource))
                .run().runId(), Duration.ofSeconds(60));
        assertThat(run.status()).isEqualTo("failed");
        assertThat(run.exitCode()).isEqualTo(7);
        assertThat(run.failureSummary()).isEqualTo("exited with code 7");
        assertThat(lines(run.runId(), "stdout")).as("two attempts: retryLimit 1")
                .containsExactly("token ******** port 8080", "index.html", "token ******** port 8080", "index.html");
        assertThat(lines(run.runId(), "stderr")).containsExactly("oops", "oops");
        assertThat(tasks().logs(ScheduledTaskRunLogsInput.of(run.runId())).toString()).doesNotContain(SECRET);

        tasks().configure(new ConfigureScheduledTaskInput(task.taskId(), resource, null, null, "echo done", null, 0,
                null, null, null));
        ScheduledTaskRunView ok = awaitEnded(tasks().runNow(RunScheduledTaskNowInput.of(task.taskId(), resource))
                .run().runId(), Duration.ofSeconds(60));
        assertThat(ok.status()).isEqualTo("succeeded");
        assertThat(ok.exitCode()).isZero();
        assertThat(lines(ok.runId(), "stdout")).containsExactly("done");
        assertThat(taskContainers()).as("every task container is removed").isEmpty();
    }

    @Test
    void aCommandPastItsTimeoutIsKilledAndTheRunFails() throws Exception {
        ScheduledTaskView task = tasks().create(CreateScheduledTaskInput.of(resource, "0 0 29 2 *", "UTC",
                "echo started; sleep 120; echo never", 2, 0)).task();
        String runId = tasks().runNow(RunScheduledTaskNowInput.of(task.taskId(), resource)).run().runId();
        await(() -> !taskContainers().isEmpty() || !tasks().run(runId).run().status().equals("accepted"),
                Duration.ofSeconds(30));
        long started = System.nanoTime();
        ScheduledTaskRunView run = awaitEnded(runId, Duration.ofSeconds(60));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(run.status()).isEqualTo("failed");
        assertThat(run.exitCode()).isNull();
        assertThat(run.failureSummary()).isEqualTo("timed out after 2 s; the container was killed");
        assertThat(lines(runId, "stdout")).containsExactly("started");
        assertThat(taskContainers()).as("the killed container is removed").isEmpty();
    }

    @Test
    void aScheduleEveryTwoSecondsRunsByItself() throws Exception {
        ScheduledTaskView task = tasks().create(CreateScheduledTaskInput.of(resource, "*/2 * * * * *", "UTC",
                "echo tick", 10, 0)).task();
        try {
            await(() -> tasks().runs(new ListScheduledTaskRunsInput(task.taskId(), null, "succeeded", "scheduled", null,
                    null)).items().size() >= 2, Duration.ofSeconds(60));
        } finally {
            tasks().delete(task.taskId(), resource);
        }
        ScheduledTaskRunView run = tasks().runs(ListScheduledTaskRunsInput.ofTask(task.taskId())).items().get(0);
        assertThat(run.triggerKind()).isEqualTo("scheduled");
        await(() -> taskContainers().isEmpty(), Duration.ofSeconds(30));
    }

    @Test
    void aTaskMountsTheResourcesStorageSoWhatOneRunWritesTheNextReads() throws Exception {
        String volume = appaloft.storageVolumes().create(dev.appaloft.api.storage.CreateStorageVolumeInput.namedVolume(
                project, env, "task-data-" + docker.runId())).id();
        String attachment = appaloft.resources().attachStorage(dev.appaloft.api.storage.AttachStorageInput.of(resource,
                volume, "/data")).id();
        try {
            ScheduledTaskView write = tasks().create(CreateScheduledTaskInput.of(resource, "0 0 29 2 *", "UTC",
                    "echo kept-by-a-task > /data/note", 30, 0)).task();
            assertThat(awaitEnded(tasks().runNow(RunScheduledTaskNowInput.of(write.taskId(), resource)).run().runId(),
                    Duration.ofSeconds(60)).status()).isEqualTo("succeeded");
            ScheduledTaskView read = tasks().create(CreateScheduledTaskInput.of(resource, "0 0 29 2 *", "UTC",
                    "cat /data/note", 30, 0)).task();
            ScheduledTaskRunView run = awaitEnded(tasks().runNow(RunScheduledTaskNowInput.of(read.taskId(), resource))
                    .run().runId(), Duration.ofSeconds(60));
            assertThat(run.status()).isEqualTo("succeeded");
            assertThat(lines(run.runId(), "stdout")).containsExactly("kept-by-a-task");
        } finally {
            appaloft.resources().detachStorage(resource, attachment);
            appaloft.storageVolumes().delete(volume);
            new DockerDeploymentRuntime(docker.engine()).volumes().orElseThrow().remove("appaloft-" + volume);
        }
    }

    private static List<?> taskContainers() {
        return docker.engine().containers().listByLabels(Map.of("appaloft.task-resource", resource));
    }

    static void await(BooleanSupplier condition, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited " + within).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
