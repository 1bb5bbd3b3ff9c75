package dev.appaloft.core.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentDetail;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.deployments.ExecutionMode;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.store.memory.MemoryStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * An executor that stalls past its lease (as a crashed process would) loses the deployment: a
 * restarted engine ends it failed and interrupted, removes its candidate, and the stalled executor
 * starts nothing when it wakes up.
 */
class DeploymentRecoveryTest {

    static final class MovableClock extends Clock {
        volatile Instant now = Instant.parse("2026-11-23T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aStalledDeploymentIsEndedByRecoveryAndItsExecutorIsFencedOff() throws Exception {
        MovableClock clock = new MovableClock();
        MemoryStore store = new MemoryStore(clock);
        FakeRuntime runtime = new FakeRuntime();
        AesGcmSecretBox secrets = AesGcmSecretBox.withKey("t", new byte[32]);
        AppaloftEngine first = AppaloftEngine.builder().store(store, false).clock(clock).secretBox(secrets)
                .runtime("local-shell", runtime).build();
        Appaloft.Session session = first.system();
        String project = session.projects().create(CreateProjectInput.named("shop")).id();
        String env = session.environments().create(new CreateEnvironmentInput(project, "prod", EnvironmentKind.PRODUCTION, null)).id();
        String resource = session.resources().create(new CreateResourceInput(project, env, null, "web", null, null, null,
                SourceBinding.of(SourceBinding.Kind.DOCKER_IMAGE, "local/app:1"), null, NetworkProfile.port(8080))).id();
        String server = session.servers().create(CreateServerInput.localShell("here")).id();

        runtime.hold = new CountDownLatch(1);
        String id = session.deployments().create(new CreateDeploymentInput(project, server, null, env, resource,
                ExecutionMode.DETACHED)).id();
        waitFor(() -> session.deployments().show(id).status().current() == DeploymentStatus.RUNNING);

        clock.now = clock.now.plus(Duration.ofMinutes(5)); // the executor's lease has long expired
        try (AppaloftEngine restarted = AppaloftEngine.builder().store(store, false).clock(clock).secretBox(secrets)
                .runtime("local-shell", runtime).build()) {
            DeploymentDetail ended = restarted.system().deployments().show(id);
            assertThat(ended.status().current()).isEqualTo(DeploymentStatus.FAILED);
            assertThat(ended.latestFailure().message()).startsWith("deployment_interrupted");

            runtime.hold.countDown(); // the stalled executor wakes up
            Thread.sleep(300);
            assertThat(runtime.instances).as("a fenced-off executor starts no container").isEmpty();
            assertThat(restarted.system().deployments().show(id).status().current()).isEqualTo(DeploymentStatus.FAILED);
        } finally {
            first.close();
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached in 10 s");
            }
            Thread.sleep(10);
        }
    }
}
