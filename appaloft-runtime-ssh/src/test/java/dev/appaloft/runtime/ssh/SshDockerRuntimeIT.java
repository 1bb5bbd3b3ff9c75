package dev.appaloft.runtime.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.resources.HealthCheck;
import dev.appaloft.api.runtime.ArtifactRequest;
import dev.appaloft.api.runtime.CandidateRequest;
import dev.appaloft.api.runtime.HealthVerdict;
import dev.appaloft.api.runtime.InstanceLogLine;
import dev.appaloft.api.runtime.InstanceStatus;
import dev.appaloft.api.runtime.LogFollower;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.runtime.RuntimeLog;
import dev.appaloft.api.ssh.SshKeyType;
import dev.appaloft.runtime.ssh.testing.TestSshKeys;
import dev.appaloft.runtime.ssh.testing.SshdServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SSH runtime against a real sshd whose docker CLI drives this machine's Docker engine (the
 * offline base {@code local/busybox:1}, made by scripts/setup-docker.sh): build, run, verify
 * through the tunnel, control, logs and retire, all by commands sent over SSH.
 */
class SshDockerRuntimeIT {

    @TempDir static Path dir;
    static SshdServer sshd;
    static SshConnections connections;
    static SshDockerRuntime runtime;
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final Map<String, String> LABELS = Map.of("appaloft.ssh-it", RUN);

    @BeforeAll
    static void start() throws Exception {
        sshd = SshdServer.start(dir.resolve("sshd"));
        TestSshKeys.Key key = TestSshKeys.generate(SshKeyType.ED25519, TestSshKeys.Format.OPENSSH, null);
        sshd.authorize(key.publicKey());
        SshTarget target = new SshTarget(sshd.host(), sshd.port(), sshd.user(), SshKey.of(key.privateKey()),
                sshd.hostKeyFingerprint());
        connections = new SshConnections(SshConnections.Settings.defaults());
        runtime = new SshDockerRuntime(connections, "srv_it", () -> target);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            runtime.find(LABELS).forEach(i -> runtime.retire(i, RuntimeLog.DISCARD));
            runtime.images(LABELS).forEach(i -> runtime.removeImage(i, RuntimeLog.DISCARD));
        } finally {
            connections.close();
            sshd.close();
        }
    }

    private static HealthCheck health() {
        return new HealthCheck(true, HealthCheck.Type.HTTP, 1L, 2L, 20L, 0L,
                new HealthCheck.Http(HealthCheck.Method.GET, HealthCheck.Scheme.HTTP, null, null, "/", 200, "ssh-served"));
    }

    @Test
    void anAppIsBuiltRunVerifiedControlledAndRetiredOnTheServer() throws Exception {
        Path context = Files.createDirectories(dir.resolve("context"));
        Files.writeString(context.resolve("index.html"), "ssh-served\n");
        Files.writeString(context.resolve("Dockerfile"), "FROM local/busybox:1\nCOPY index.html /www/index.html\n"
                // a shell as PID 1 that handles TERM, so stop and restart need not wait for the kill
                + "CMD [\"sh\", \"-c\", \"echo started $GREETING; echo warned >&2; trap 'exit 0' TERM;"
                + " httpd -f -p 8080 -h /www & wait\"]\n");
        String tag = "appaloft-ssh-it/app:" + RUN;
        List<String> buildLog = new CopyOnWriteArrayList<>();
        runtime.prepare(ArtifactRequest.build(context, null, tag, LABELS), (p, l, m) -> buildLog.add(m));
        assertThat(buildLog).anySatisfy(line -> assertThat(line).containsIgnoringCase("step"));
        assertThat(runtime.images(LABELS)).contains(tag);

        RuntimeInstance candidate = runtime.startCandidate(new CandidateRequest("appaloft-ssh-it-" + RUN, tag,
                Map.of("GREETING", "hello from the env file", "API_TOKEN", "t0ps3cret"), 8080, null, LABELS, null),
                RuntimeLog.DISCARD);
        assertThat(candidate.hostPort()).isNotNull();
        HealthVerdict verdict = runtime.verify(candidate, health(), RuntimeLog.DISCARD);
        assertThat(verdict.healthy()).as(verdict.toString()).isTrue();
        assertThat(runtime.find(LABELS)).singleElement().satisfies(found -> {
            assertThat(found.id()).isEqualTo(candidate.id());
            assertThat(found.running()).isTrue();
            assertThat(found.hostPort()).isEqualTo(candidate.hostPort());
            assertThat(found.labels()).containsAllEntriesOf(LABELS);
        });

        waitUntil(() -> runtime.logs(candidate, null, null).size() >= 2);
        List<InstanceLogLine> logs = runtime.logs(candidate, null, null);
        assertThat(logs).anySatisfy(l -> {
            assertThat(l.stream()).isEqualTo(InstanceLogLine.Stream.STDOUT);
            assertThat(l.text()).isEqualTo("started hello from the env file");
            assertThat(l.timestamp()).isNotNull();
        });
        assertThat(logs).anySatisfy(l -> {
            assertThat(l.stream()).isEqualTo(InstanceLogLine.Stream.STDERR);
            assertThat(l.text()).isEqualTo("warned");
        });
        assertThat(secretOnAnyCommandLine("t0ps3cret")).as("secret values never travel on a command line").isFalse();

        runtime.stop(candidate);
        assertThat(runtime.inspect(candidate)).get().extracting(InstanceStatus::state)
                .isEqualTo(InstanceStatus.State.STOPPED);
        assertThat(runtime.probe(candidate, health()).healthy()).isFalse();
        RuntimeInstance started = runtime.start(candidate);
        assertThat(started.running()).isTrue();
        List<InstanceLogLine> followed = new CopyOnWriteArrayList<>();
        LogFollower follower = runtime.followLogs(started, null, null, followed::add);
        waitUntil(() -> followed.stream().filter(l -> l.text().startsWith("started")).count() >= 2); // two starts
        assertThat(follower.isOpen()).isTrue();
        follower.close();
        waitUntil(() -> !follower.isOpen());
        RuntimeInstance restarted = runtime.restart(started);
        assertThat(runtime.verify(restarted, health(), RuntimeLog.DISCARD).healthy()).isTrue();

        runtime.retire(restarted, RuntimeLog.DISCARD);
        assertThat(runtime.find(LABELS)).isEmpty();
        assertThat(runtime.inspect(restarted)).isEmpty();
        assertThatThrownBy(() -> runtime.start(restarted)).isInstanceOf(AppaloftException.class)
                .hasMessageContaining("no longer exists");
        runtime.retire(restarted, RuntimeLog.DISCARD); // retiring twice is harmless
    }

    @Test
    void aFailingBuildAndAMissingImageEndInTheirCodes() throws Exception {
        Path context = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(context.resolve("Dockerfile"), "FROM local/busybox:1\nRUN echo building; exit 3\n");
        assertThatThrownBy(() -> runtime.prepare(ArtifactRequest.build(context, null, "appaloft-ssh-it/broken:" + RUN,
                LABELS), RuntimeLog.DISCARD)).isInstanceOfSatisfying(AppaloftException.class,
                e -> assertThat(e.code().code()).isEqualTo("ssh_docker_build_failed"));
        assertThatThrownBy(() -> runtime.prepare(ArtifactRequest.prebuilt("appaloft-ssh-it/absent:" + RUN),
                RuntimeLog.DISCARD)).isInstanceOfSatisfying(AppaloftException.class,
                e -> assertThat(e.code().code()).isEqualTo("image_pull_failed"));
    }

    @Test
    void aCanceledBuildIsStoppedOnTheServer() throws Exception {
        Path context = Files.createDirectories(dir.resolve("slow"));
        String marker = "7" + (System.nanoTime() % 100_000);
        Files.writeString(context.resolve("Dockerfile"), "FROM local/busybox:1\nRUN sleep 1" + marker + "\n");
        java.util.concurrent.atomic.AtomicBoolean cancel = new java.util.concurrent.atomic.AtomicBoolean();
        RuntimeLog log = new RuntimeLog() {
            @Override
            public void write(dev.appaloft.api.deployments.DeploymentPhase phase, Level level, String message) {
            }

            @Override
            public boolean cancelRequested() {
                return cancel.get();
            }
        };
        java.util.concurrent.CompletableFuture<Throwable> ended = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                runtime.prepare(ArtifactRequest.build(context, null, "appaloft-ssh-it/slow:" + RUN, LABELS), log);
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        waitUntil(() -> running("sleep 1" + marker));
        cancel.set(true);
        assertThat(ended.get(20, TimeUnit.SECONDS)).isInstanceOf(java.util.concurrent.CancellationException.class);
        waitUntil(() -> !running("sleep 1" + marker)); // the engine dropped the build once its client was gone
    }

    private static boolean running(String pattern) {
        try {
            Process p = new ProcessBuilder("pgrep", "-f", pattern).start();
            p.waitFor(5, TimeUnit.SECONDS);
            return p.exitValue() == 0;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean secretOnAnyCommandLine(String secret) throws Exception {
        Process ps = new ProcessBuilder("ps", "-eo", "args").start();
        String all = new String(ps.getInputStream().readAllBytes());
        ps.waitFor(5, TimeUnit.SECONDS);
        return all.contains(secret);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 15 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
