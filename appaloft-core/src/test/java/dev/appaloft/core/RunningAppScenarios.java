package dev.appaloft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.CountDeploymentsInput;
import dev.appaloft.api.deployments.ExecutionMode;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.resources.*;
import dev.appaloft.api.resources.running.*;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.api.stream.EventStream;
import dev.appaloft.api.stream.StreamEvent;
import dev.appaloft.core.internal.UnitOfWork;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * A resource's running app, on every store, with the runtime and proxy doubles (the same flows
 * against Docker and Caddy: RunningAppDockerIT in appaloft-http): runtime logs and
 * stop/start/restart. Health, diagnostics, the proxy preview, access summaries and the auto-deploy
 * policy are {@link RunningAppInsightScenarios}.
 */
public abstract class RunningAppScenarios extends RunningAppFixture {

    // ---- runtime logs

    @Test
    void runtimeLogsShowTheAppsOutputWithItsSecretsMasked() {
        appaloft.resources().createSecret(new CreateResourceSecretInput(resource, "DB_PASSWORD", SECRET, null));
        String deployment = deploy();
        runtime.print(instance().id(), "connected to db with " + SECRET);
        runtime.print(instance().id(), "ready");

        RuntimeLogs logs = running().logs(RuntimeLogsInput.tail(resource, 100));
        assertThat(logs.deploymentId()).isEqualTo(deployment);
        assertThat(logs.logs()).extracting(RuntimeLogLine::message).last().isEqualTo("ready");
        assertThat(logs.toString()).doesNotContain(SECRET).contains("connected to db with ********");
        RuntimeLogLine masked = logs.logs().get(logs.logs().size() - 2);
        assertThat(masked.masked()).isTrue();
        assertThat(masked.runtimeInstanceId()).isEqualTo(instance().name());
        assertThat(masked.stream()).isEqualTo(RuntimeLogLine.Stream.STDOUT);
        assertThat(logs.logs()).extracting(RuntimeLogLine::sequence).containsExactly(1L, 2L, 3L);

        assertThat(running().logs(RuntimeLogsInput.tail(resource, 1)).logs()).extracting(RuntimeLogLine::message)
                .containsExactly("ready");
        assertThat(running().logs(new RuntimeLogsInput(resource, null, null, null, "2999-01-01T00:00:00Z", null, null))
                .logs()).isEmpty();
        String afterFirst = logs.logs().get(0).cursor();
        assertThat(running().logs(new RuntimeLogsInput(resource, null, null, null, null, afterFirst, null)).logs())
                .extracting(RuntimeLogLine::message).hasSize(2).last().isEqualTo("ready");
        assertThat(running().logs(new RuntimeLogsInput(resource, null, null, null, "5m", null, null)).logs()).hasSize(3);
    }

    @Test
    void runtimeLogsRefuseWhatTheyCannotReadWithClearCodes() {
        assertFails(() -> running().logs(RuntimeLogsInput.tail(resource, 10)), "resource_runtime_logs_unavailable");
        deploy();
        assertFails(() -> running().logs(RuntimeLogsInput.tail(resource, 1001)), "validation_error");
        assertFails(() -> running().logs(new RuntimeLogsInput(resource, null, null, null, "yesterday", null, null)),
                "validation_error");
        assertFails(() -> running().logs(new RuntimeLogsInput(resource, null, "worker", null, null, null, null)),
                "resource_runtime_logs_context_mismatch");
        String other = appaloft.resources().create(new CreateResourceInput(project, env, null, "api", null, null, null,
                SourceBinding.of(SourceBinding.Kind.DOCKER_IMAGE, "local/api:1"), null, NetworkProfile.port(80))).id();
        String otherDeployment = appaloft.deployments().create(new CreateDeploymentInput(project, server, null, env, other,
                null)).id();
        assertFails(() -> running().logs(new RuntimeLogsInput(resource, otherDeployment, null, null, null, null, null)),
                "resource_runtime_logs_context_mismatch");
        assertFails(() -> running().logs(RuntimeLogsInput.tail("res_missing", 10)), "not_found");
    }

    @Test
    void aRetiredDeploymentsLogsAreGoneAndSaySo() {
        String first = deploy();
        deploy();
        assertFails(() -> running().logs(new RuntimeLogsInput(resource, first, null, null, null, null, null)),
                "resource_runtime_logs_unavailable");
    }

    @Test
    void followingLogsDeliversNewLinesAndEndsWhenTheInstanceStops() throws Exception {
        appaloft.resources().createSecret(new CreateResourceSecretInput(resource, "DB_PASSWORD", SECRET, null));
        deploy();
        String id = instance().id();
        try (EventStream stream = running().followLogs(RuntimeLogsInput.tail(resource, 10))) {
            RuntimeLogEvent tail = event(stream);
            assertThat(tail.kind()).isEqualTo(RuntimeLogEvent.Kind.LINE);
            assertThat(tail.line().message()).startsWith("app listening on 8080").doesNotContain(SECRET);

            runtime.print(id, "GET / 200 token=" + SECRET);
            StreamEvent live = stream.next(Duration.ofSeconds(5)).orElseThrow();
            assertThat(((RuntimeLogEvent) live.data()).line().message()).isEqualTo("GET / 200 token=********");
            assertThat(live.id()).as("the cursor is the event id, so a client resumes after it")
                    .isEqualTo(((RuntimeLogEvent) live.data()).line().cursor());

            running().stop(RuntimeControlInput.of(resource));
            List<RuntimeLogEvent> rest = drain(stream);
            assertThat(rest).extracting(RuntimeLogEvent::kind).last().isEqualTo(RuntimeLogEvent.Kind.CLOSED);
            assertThat(rest.get(rest.size() - 1).reason()).isEqualTo(RuntimeLogEvent.CloseReason.SOURCE_ENDED);
            assertThat(stream.ended()).isTrue();
        }
    }

    @Test
    void aClientThatLeavesStopsTheFollowAndFollowFalseOnlySendsTheTail() throws Exception {
        deploy();
        String id = instance().id();
        EventStream stream = running().followLogs(RuntimeLogsInput.tail(resource, 10));
        assertThat(runtime.openFollowers(id)).isEqualTo(1);
        stream.close();
        assertThat(runtime.openFollowers(id)).isZero();

        try (EventStream tail = running().followLogs(new RuntimeLogsInput(resource, null, null, 10, null, null, false))) {
            List<RuntimeLogEvent> events = drain(tail);
            assertThat(events).extracting(RuntimeLogEvent::kind)
                    .containsExactly(RuntimeLogEvent.Kind.LINE, RuntimeLogEvent.Kind.CLOSED);
            assertThat(events.get(1).reason()).isEqualTo(RuntimeLogEvent.CloseReason.COMPLETED);
        }
        assertThat(runtime.openFollowers(id)).isZero();
    }

    static RuntimeLogEvent event(EventStream stream) throws InterruptedException {
        return (RuntimeLogEvent) stream.next(Duration.ofSeconds(5)).orElseThrow().data();
    }

    static List<RuntimeLogEvent> drain(EventStream stream) throws InterruptedException {
        List<RuntimeLogEvent> events = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!stream.ended() && System.nanoTime() < deadline) {
            stream.next(Duration.ofMillis(200)).ifPresent(e -> events.add((RuntimeLogEvent) e.data()));
        }
        return events;
    }

    // ---- runtime controls

    @Test
    void stopStartAndRestartActOnTheRunningInstanceWithoutCreatingADeployment() {
        String deployment = deploy();
        RuntimeControlAttempt stopped = running().stop(new RuntimeControlInput(resource, deployment, "maintenance", null, null));
        assertThat(stopped.status()).isEqualTo(RuntimeControlAttempt.Status.SUCCEEDED);
        assertThat(stopped.runtimeState()).isEqualTo(RuntimeControlAttempt.RuntimeState.STOPPED);
        assertThat(stopped.completedAt()).isNotNull();
        assertThat(instance().running()).isFalse();
        assertThat(running().health(ResourceHealthInput.live(resource)).overall()).isEqualTo(ResourceHealth.Overall.STOPPED);
        assertFails(() -> running().stop(RuntimeControlInput.of(resource)), "resource_runtime_already_in_state");

        RuntimeControlAttempt started = running().start(RuntimeControlInput.of(resource));
        assertThat(started.runtimeState()).isEqualTo(RuntimeControlAttempt.RuntimeState.RUNNING);
        assertThat(instance().running()).isTrue();
        assertThat(blockedReason(() -> running().start(RuntimeControlInput.of(resource)))).isEqualTo("runtime-already-running");

        RuntimeControlAttempt restarted = running().restart(RuntimeControlInput.of(resource));
        assertThat(restarted.phases()).extracting(RuntimeControlAttempt.Phase::phase).containsExactly("stop", "start");
        assertThat(running().health(ResourceHealthInput.live(resource)).overall()).isEqualTo(ResourceHealth.Overall.HEALTHY);

        assertThat(appaloft.deployments().count(new CountDeploymentsInput(null, null, null, null, null)).count())
                .as("controls never create deployments").isEqualTo(1);
        ResourceSummary listed = appaloft.resources().list(new ListResourcesInput(project, null, null, null)).items().get(0);
        assertThat(listed.latestRuntimeControl().runtimeControlAttemptId()).isEqualTo(restarted.runtimeControlAttemptId());
        List<StreamRecord> events = store.read(r -> r.readStream(UnitOfWork.DOMAIN_EVENTS, 0, 1000));
        assertThat(events).extracting(StreamRecord::type).contains("resource-runtime-control-running",
                "resource-runtime-control-succeeded");
        assertThat(store.read(r -> r.readStream(UnitOfWork.AUDIT, 0, 1000)).toString()).contains("resources.runtime.stop");
    }

    @Test
    void startMovesTheRouteToThePortTheInstanceCameBackOn() {
        deploy();
        String routeId = proxy.routes.keySet().iterator().next();
        int before = proxy.routes.get(routeId).upstreamPort();
        running().stop(RuntimeControlInput.of(resource));
        running().start(RuntimeControlInput.of(resource));
        int now = instance().hostPort();
        assertThat(now).isNotEqualTo(before);
        assertThat(proxy.routes.get(routeId).upstreamPort()).isEqualTo(now);
        assertThat(running().health(ResourceHealthInput.live(resource)).proxy().status()).isEqualTo("ready");

        proxy.forget(); // the proxy restarted without its routes
        ResourceHealth lost = running().health(ResourceHealthInput.live(resource));
        assertThat(lost.overall()).isEqualTo(ResourceHealth.Overall.DEGRADED);
        assertThat(lost.proxy().reasonCode()).isEqualTo("proxy_route_missing");
        assertThat(lost.publicAccess().status()).isEqualTo("not-ready");
        running().restart(RuntimeControlInput.of(resource));
        assertThat(proxy.routes.get(routeId).upstreamPort()).isEqualTo(instance().hostPort());
        assertThat(running().health(ResourceHealthInput.live(resource)).overall()).isEqualTo(ResourceHealth.Overall.HEALTHY);
        assertThat(appaloft.resources().show(resource).accessSummary().proxyRouteStatus()).isEqualTo("ready");
    }

    @Test
    void controlsAreRefusedWhenTheyCannotActSafely() throws Exception {
        assertFails(() -> running().stop(RuntimeControlInput.of(resource)), "resource_runtime_metadata_missing");
        String deployment = deploy();
        assertThat(blockedReason(() -> running().stop(new RuntimeControlInput(resource, "dep_other", null, null, null))))
                .isEqualTo("runtime-metadata-stale");

        appaloft.resources().configureSource(new ConfigureSourceInput(resource,
                SourceBinding.of(SourceBinding.Kind.DOCKER_IMAGE, "local/app:2"), null));
        running().stop(RuntimeControlInput.of(resource));
        assertFails(() -> running().start(RuntimeControlInput.of(resource)), "resource_runtime_profile_acknowledgement_required");
        assertThat(running().start(new RuntimeControlInput(resource, deployment, null, null, true)).status())
                .isEqualTo(RuntimeControlAttempt.Status.SUCCEEDED);

        runtime.hold = new CountDownLatch(1);
        appaloft.deployments().create(new CreateDeploymentInput(project, server, null, env, resource, ExecutionMode.DETACHED));
        assertThat(blockedReason(() -> running().restart(new RuntimeControlInput(resource, null, null, null, true))))
                .isEqualTo("deployment-in-progress");
        runtime.hold.countDown();
        awaitNoDeploymentInProgress();
        runtime.hold = null;

        runtime.instances.clear(); // removed behind Appaloft's back
        assertThat(blockedReason(() -> running().stop(RuntimeControlInput.of(resource)))).isEqualTo("runtime-not-found");

        appaloft.resources().archive(new ArchiveResourceInput(resource, null, null));
        assertThat(blockedReason(() -> running().stop(RuntimeControlInput.of(resource)))).isEqualTo("resource-archived");
    }


    @Test
    void aFailedControlIsRecordedAndAnsweredAsABadGateway() {
        deploy();
        runtime.controlFailure = new AppaloftException(new dev.appaloft.api.error.ErrorCode("docker_operation_failed", 502,
                false), "the engine refused");
        assertThatThrownBy(() -> running().stop(RuntimeControlInput.of(resource))).isInstanceOf(AppaloftException.class)
                .satisfies(e -> {
                    AppaloftException failure = (AppaloftException) e;
                    assertThat(failure.code().code()).isEqualTo("resource_runtime_control_failed");
                    assertThat(failure.code().httpStatus()).isEqualTo(502);
                    assertThat(failure.details()).containsEntry("errorCode", "docker_operation_failed");
                });
        RuntimeControlAttempt latest = running().health(ResourceHealthInput.live(resource)).latestRuntimeControl();
        assertThat(latest.status()).isEqualTo(RuntimeControlAttempt.Status.FAILED);
        assertThat(latest.errorCode()).isEqualTo("docker_operation_failed");
        assertThat(latest.runtimeState()).isEqualTo(RuntimeControlAttempt.RuntimeState.RUNNING);
    }

    @Test
    void aRepeatedIdempotencyKeyAnswersTheFirstAttemptInsteadOfActingAgain() {
        deploy();
        RuntimeControlAttempt first = running().stop(new RuntimeControlInput(resource, null, null, "stop-1", null));
        RuntimeControlAttempt again = running().stop(new RuntimeControlInput(resource, null, null, "stop-1", null));
        assertThat(again).isEqualTo(first);
        assertThat(running().start(new RuntimeControlInput(resource, null, null, "stop-1", null)).operation())
                .as("the key is per operation").isEqualTo(RuntimeControlAttempt.Operation.START);

        runtime.controlFailure = new AppaloftException(new dev.appaloft.api.error.ErrorCode("docker_operation_failed",
                502, true), "the engine refused");
        assertFails(() -> running().stop(new RuntimeControlInput(resource, null, null, "stop-2", null)),
                "resource_runtime_control_failed");
        assertThat(running().stop(new RuntimeControlInput(resource, null, null, "stop-2", null)).status())
                .as("a failed attempt may be tried again with its key").isEqualTo(RuntimeControlAttempt.Status.SUCCEEDED);
    }

    @Test
    void aStoppedInstanceSurvivesRecoveryAndIsRetiredByTheNextDeployment() {
        deploy();
        String stopped = instance().id();
        running().stop(RuntimeControlInput.of(resource));
        try (AppaloftEngine restarted = engine(true)) { // its start-up recovery sweep runs over the same store
            assertThat(restarted.system().resources().runtime().health(ResourceHealthInput.live(resource)).overall())
                    .isEqualTo(ResourceHealth.Overall.STOPPED);
        }
        assertThat(runtime.instances).containsKey(stopped);
        deploy();
        assertThat(runtime.instances).hasSize(1).doesNotContainKey(stopped);
        assertThat(instance().running()).isTrue();
        assertThat(running().health(ResourceHealthInput.live(resource)).overall()).isEqualTo(ResourceHealth.Overall.HEALTHY);
    }
}
