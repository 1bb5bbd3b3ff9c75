package dev.appaloft.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.Actor;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.deployments.ExecutionMode;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.identity.Passwords;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.core.work.TestWorkKinds;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * An engine on a clock the test moves forward, with a project, an environment, a resource with a
 * prebuilt image and a local server on a fake runtime: the history retention prunes.
 */
public abstract class RetentionFixture {

    static final String ORG = Actor.SELF_HOSTED_ORGANIZATION;

    protected Store store;
    protected AppaloftEngine engine;
    protected final FakeRuntime runtime = new FakeRuntime();
    protected final TestWorkKinds work = new TestWorkKinds();
    final ShiftableClock clock = new ShiftableClock();
    String project;
    String env;
    String resource;
    String server;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        store = openStore();
        AppaloftEngineBuilder builder = AppaloftEngine.builder().store(store).clock(clock)
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).runtime("local-shell", runtime)
                .passwords(new Passwords(64, 1, 1)).workers(2, Duration.ofSeconds(3), Duration.ofMillis(20))
                .dailyHousekeeping(false);
        work.kinds().forEach(builder::workKind);
        engine = builder.build();
        SampleApp app = SampleApp.create(engine.system());
        project = app.project();
        env = app.env();
        resource = app.resource();
        server = app.server();
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    CreateDeploymentInput deploy(ExecutionMode mode) {
        return new CreateDeploymentInput(project, server, null, env, resource, mode);
    }

    /** Waits (bounded) until the deployment is in {@code wanted}. */
    void awaitStatus(String deploymentId, DeploymentStatus wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (engine.deployments().show(deploymentId).status().current() != wanted) {
            assertThat(System.nanoTime()).as("deployment %s reaches %s", deploymentId, wanted).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    DeploymentStatus awaitEnd(String deploymentId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        DeploymentStatus status = engine.deployments().show(deploymentId).status().current();
        while (!status.isTerminal() && System.nanoTime() < deadline) {
            Thread.sleep(10);
            status = engine.deployments().show(deploymentId).status().current();
        }
        return status;
    }

    /** A stored domain event as the tests look at it. */
    record Event(long seq, String type, String organizationId, String aggregateId, String deploymentId, Instant at) {

        boolean about(String deployment) {
            return deployment.equals(aggregateId) || deployment.equals(deploymentId);
        }
    }

    List<Event> domainEvents() {
        return store.read(r -> r.readStream(UnitOfWork.DOMAIN_EVENTS, 0, 100_000)).stream().map(RetentionFixture::event)
                .toList();
    }

    List<Event> domainEvents(String organization) {
        return domainEvents().stream().filter(e -> organization.equals(e.organizationId())).toList();
    }

    List<StreamRecord> audit(String type) {
        return store.read(r -> r.readStream(UnitOfWork.AUDIT, 0, 100_000)).stream().filter(e -> e.type().equals(type))
                .toList();
    }

    private static Event event(StreamRecord record) {
        JsonNode body = Json.read(record.body(), JsonNode.class);
        return new Event(record.seq(), record.type(), body.path("organizationId").asText(null),
                body.path("aggregateId").asText(null), body.path("payload").path("deploymentId").asText(null), record.at());
    }

    /** The fields a validation error names. */
    static List<String> validationFields(Runnable call) {
        try {
            call.run();
        } catch (AppaloftException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
            return e.issues().stream().map(i -> String.valueOf(i.path().get(0))).distinct().toList();
        }
        throw new AssertionError("expected a validation error");
    }
}
