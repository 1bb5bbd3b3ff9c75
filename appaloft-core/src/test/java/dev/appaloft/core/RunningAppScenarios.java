package dev.appaloft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.ResourceRuntimeApi;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.CountDeploymentsInput;
import dev.appaloft.api.deployments.ExecutionMode;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.*;
import dev.appaloft.api.resources.running.*;
import dev.appaloft.api.runtime.ProxyRoute;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.api.stream.EventStream;
import dev.appaloft.api.stream.StreamEvent;
import dev.appaloft.core.deployments.FakeEdgeProxy;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A resource's running app, on every store, with the runtime and proxy doubles (the same flows
 * against Docker and Caddy: RunningAppDockerIT in appaloft-http): runtime logs, stop/start/restart,
 * health and its history, diagnostics, the proxy preview, access summaries and the auto-deploy policy.
 */
public abstract class RunningAppScenarios {

    static final String SECRET = "pa55-w0rd-xyz";

    protected Store store;
    protected Appaloft appaloft;
    protected final FakeRuntime runtime = new FakeRuntime();
    protected final FakeEdgeProxy proxy = new FakeEdgeProxy();
    final ShiftableClock clock = new ShiftableClock();
    String project;
    String env;
    String resource;
    String server;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        store = openStore();
        appaloft = engine(true);
        project = appaloft.projects().create(CreateProjectInput.named("shop")).id();
        env = appaloft.environments().create(new CreateEnvironmentInput(project, "production", EnvironmentKind.PRODUCTION, null)).id();
        resource = appaloft.resources().create(new CreateResourceInput(project, env, null, "web", null, null, null,
                SourceBinding.of(SourceBinding.Kind.DOCKER_IMAGE, "local/app:1"), null, NetworkProfile.port(8080))).id();
        server = appaloft.servers().create(CreateServerInput.localShell("this host")).id();
    }

    AppaloftEngine engine(boolean withProxy) {
        AppaloftEngine.Builder builder = AppaloftEngine.builder().store(store, appaloft == null).clock(clock)
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).runtime("local-shell", runtime);
        return (withProxy ? builder.edgeProxy("local-shell", proxy) : builder).build();
    }

    @AfterEach
    void stop() {
        appaloft.close();
    }

    ResourceRuntimeApi running() {
        return appaloft.resources().runtime();
    }

    String deploy() {
        return appaloft.deployments().create(new CreateDeploymentInput(project, server, null, env, resource, null)).id();
    }

    /** The instance of the running deployment. */
    RuntimeInstance instance() {
        assertThat(runtime.instances).hasSize(1);
        return runtime.instances.values().iterator().next();
    }

    static void assertFails(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(AppaloftException.class)
                .extracting(e -> ((AppaloftException) e).code().code()).isEqualTo(code);
    }

    static Object blockedReason(ThrowingCallable call) {
        try {
            call.call();
        } catch (AppaloftException e) {
            return e.details().get("blockedReason");
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the call did not fail");
    }

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

    void awaitNoDeploymentInProgress() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline && appaloft.deployments().count(new CountDeploymentsInput(null, null, null,
                null, List.of(dev.appaloft.api.deployments.DeploymentStatus.CREATED,
                dev.appaloft.api.deployments.DeploymentStatus.PLANNING, dev.appaloft.api.deployments.DeploymentStatus.PLANNED,
                dev.appaloft.api.deployments.DeploymentStatus.RUNNING))).count() > 0) {
            Thread.sleep(20);
        }
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

    // ---- health and history

    @Test
    void healthIsObservedNowNotTakenFromTheLastDeployment() {
        ResourceHealth before = running().health(ResourceHealthInput.live(resource));
        assertThat(before.overall()).isEqualTo(ResourceHealth.Overall.NOT_DEPLOYED);
        assertThat(before.runtime().lifecycle()).isEqualTo(ResourceHealth.Lifecycle.NOT_DEPLOYED);

        String deployment = deploy();
        ResourceHealth healthy = running().health(ResourceHealthInput.live(resource));
        assertThat(healthy.overall()).isEqualTo(ResourceHealth.Overall.HEALTHY);
        assertThat(healthy.latestDeployment().id()).isEqualTo(deployment);
        assertThat(healthy.healthPolicy().status()).as("the deployment's default probe").isEqualTo("not-configured");
        assertThat(healthy.publicAccess().url()).isEqualTo("http://web-production.localhost:4380/");
        assertThat(healthy.checks()).extracting(ResourceHealth.Check::target)
                .contains("container", "runtime", "proxy-route");

        runtime.healthy = false;
        ResourceHealth failing = running().health(ResourceHealthInput.live(resource));
        assertThat(failing.overall()).isEqualTo(ResourceHealth.Overall.UNHEALTHY);
        assertThat(failing.runtime().health()).isEqualTo(ResourceHealth.RuntimeHealth.UNHEALTHY);
        assertThat(failing.checks()).anySatisfy(c -> {
            assertThat(c.target()).isEqualTo("runtime");
            assertThat(c.status()).isEqualTo("failed");
            assertThat(c.statusCode()).isEqualTo(503);
        });
        assertThat(running().health(new ResourceHealthInput(resource, ResourceHealthInput.Mode.LIVE, false, null, null))
                .checks()).isEmpty();

        runtime.healthy = true;
        appaloft.resources().configureHealth(new ConfigureHealthInput(resource, new HealthCheck(false, null, null, null,
                null, null, null)));
        ResourceHealth disabled = running().health(ResourceHealthInput.live(resource));
        assertThat(disabled.overall()).as("a running app whose health is not checked is not called healthy")
                .isEqualTo(ResourceHealth.Overall.UNKNOWN);
        assertThat(disabled.healthPolicy().status()).isEqualTo("configured");

        runtime.instances.clear();
        ResourceHealth gone = running().health(ResourceHealthInput.live(resource));
        assertThat(gone.overall()).isEqualTo(ResourceHealth.Overall.UNHEALTHY);
        assertThat(gone.runtime().reasonCode()).isEqualTo("runtime_instance_missing");
    }

    @Test
    void cachedHealthAnswersTheLatestObservationUntilSomethingHappens() {
        deploy();
        ResourceHealth observed = running().health(ResourceHealthInput.live(resource));
        clock.shift(Duration.ofSeconds(5));
        ResourceHealth cached = running().health(ResourceHealthInput.cached(resource));
        assertThat(cached.observedAt()).isEqualTo(observed.observedAt());
        assertThat(cached.generatedAt()).isNotEqualTo(observed.generatedAt());

        running().stop(RuntimeControlInput.of(resource));
        ResourceHealth afterStop = running().health(ResourceHealthInput.cached(resource));
        assertThat(afterStop.overall()).isEqualTo(ResourceHealth.Overall.STOPPED);

        clock.shift(Duration.ofSeconds(31)); // past the freshness of a cached observation
        assertThat(running().health(ResourceHealthInput.cached(resource)).observedAt())
                .as("an old observation is made again").isNotEqualTo(afterStop.observedAt());
    }

    @Test
    void healthHistoryKeepsTheObservationsOfAWindow() {
        deploy();
        Instant start = clock.instant();
        for (int i = 0; i < 5; i++) {
            running().health(ResourceHealthInput.live(resource));
            clock.shift(Duration.ofHours(1));
        }
        running().stop(RuntimeControlInput.of(resource));
        running().health(ResourceHealthInput.live(resource));

        ResourceHealthHistory all = running().healthHistory(HealthHistoryInput.recent(resource));
        assertThat(all.observations()).hasSize(6);
        assertThat(all.observations()).extracting(ResourceHealthHistory.Observation::overall).last()
                .isEqualTo(ResourceHealth.Overall.STOPPED);
        assertThat(all.observations()).extracting(ResourceHealthHistory.Observation::observedAt).isSorted();

        ResourceHealthHistory newestTwo = running().healthHistory(new HealthHistoryInput(resource, null, null, null, 2));
        assertThat(newestTwo.observations()).extracting(ResourceHealthHistory.Observation::observationId)
                .containsExactlyElementsOf(all.observations().subList(4, 6).stream()
                        .map(ResourceHealthHistory.Observation::observationId).toList());

        ResourceHealthHistory middle = running().healthHistory(new HealthHistoryInput(resource,
                new HealthHistoryInput.Window(start.plus(Duration.ofMinutes(30)).toString(),
                        start.plus(Duration.ofMinutes(150)).toString()), null, null, null));
        assertThat(middle.observations()).hasSize(2);
        assertThat(middle.observations().get(0).summary().resourceId()).isEqualTo(resource);
        assertThat(running().healthHistory(new HealthHistoryInput(resource, null, "2001-01-01T00:00:00Z",
                "2001-01-02T00:00:00Z", null)).observations()).isEmpty();
        assertFails(() -> running().healthHistory(new HealthHistoryInput(resource, null, "2001-01-02T00:00:00Z",
                "2001-01-01T00:00:00Z", null)), "validation_error");
        assertFails(() -> running().healthHistory(new HealthHistoryInput(resource, null, "last week", null, null)),
                "validation_error");
    }

    // ---- diagnostics, evidence, proxy preview

    @Test
    void theDiagnosticSummaryIsSafeToPasteAnywhere() {
        appaloft.resources().createSecret(new CreateResourceSecretInput(resource, "DB_PASSWORD", SECRET, null));
        String deployment = deploy();
        runtime.print(instance().id(), "db password is " + SECRET);

        ResourceDiagnosticSummary summary = running().diagnosticSummary(DiagnosticSummaryInput.of(resource));
        assertThat(summary.focus().deploymentId()).isEqualTo(deployment);
        assertThat(summary.deployment().logCount()).isPositive();
        assertThat(summary.deploymentLogs().status()).isEqualTo("available");
        assertThat(summary.runtimeLogs().lines()).extracting(ResourceDiagnosticSummary.Line::message)
                .contains("db password is ********");
        assertThat(summary.redaction().masked()).isTrue();
        assertThat(summary.redaction().maskedValueCount()).isEqualTo(1);
        assertThat(summary.access().generatedUrl()).isEqualTo("http://web-production.localhost:4380/");
        assertThat(summary.proxy().configurationIncluded()).isTrue();
        assertThat(summary.system().databaseDriver()).isEqualTo(store.kind());
        assertThat(summary.copy().json()).contains(deployment).doesNotContain(SECRET);
        assertThat(summary.toString()).doesNotContain(SECRET);

        runtime.instances.clear();
        ResourceDiagnosticSummary degraded = running().diagnosticSummary(DiagnosticSummaryInput.of(resource));
        assertThat(degraded.runtimeLogs().status()).isEqualTo("unavailable");
        assertThat(degraded.sourceErrors()).extracting(ResourceDiagnosticSummary.SourceError::source)
                .containsExactly("runtime-logs");
    }

    @Test
    void accessFailureEvidenceIsNeverInvented() {
        AccessFailureEvidence evidence = running().accessFailureEvidence(new AccessFailureEvidenceInput("req_123", null,
                "web-production.localhost", "/"));
        assertThat(evidence.status()).isEqualTo("not-found");
        assertThat(evidence.notFound().code()).isEqualTo("resource_access_failure_evidence_not_found");
        assertThat(evidence.filters().hostname()).isEqualTo("web-production.localhost");
        assertFails(() -> running().accessFailureEvidence(new AccessFailureEvidenceInput("req_1", "res_nope", null, null)),
                "not_found");
    }

    @Test
    void theProxyPreviewShowsTheRouteAsPlannedAsDeployedAndAsApplied() {
        ProxyConfiguration planned = running().proxyConfiguration(new ProxyConfigurationInput(resource, null,
                ProxyConfigurationInput.RouteScope.PLANNED, true));
        assertThat(planned.status()).isEqualTo("planned");
        assertThat(planned.routes()).extracting(ProxyConfiguration.Route::url)
                .containsExactly("http://web-production.localhost:4380/");

        String deployment = deploy();
        ProxyConfiguration latest = running().proxyConfiguration(ProxyConfigurationInput.latest(resource));
        assertThat(latest.status()).isEqualTo("applied");
        assertThat(latest.providerKey()).isEqualTo("caddy");
        assertThat(latest.lastAppliedDeploymentId()).isEqualTo(deployment);
        assertThat(latest.routes().get(0).hostname()).isEqualTo("web-production.localhost");
        assertThat(latest.routes().get(0).targetPort()).isEqualTo(8080);
        assertThat(latest.sections().get(0).content()).contains("127.0.0.1:" + instance().hostPort());

        proxy.routes.replaceAll((id, r) -> new ProxyRoute(id, r.host(), r.pathPrefix(), r.upstreamHost(), 1));
        ProxyConfiguration stale = running().proxyConfiguration(ProxyConfigurationInput.latest(resource));
        assertThat(stale.status()).isEqualTo("stale");
        assertThat(stale.stale()).isTrue();
        assertThat(stale.warnings()).extracting(ProxyConfiguration.Warning::code).contains("proxy_route_stale");

        String next = deploy();
        ProxyConfiguration old = running().proxyConfiguration(new ProxyConfigurationInput(resource, deployment, null, null));
        assertThat(old.routeScope()).isEqualTo(ProxyConfigurationInput.RouteScope.DEPLOYMENT_SNAPSHOT);
        assertThat(old.status()).isEqualTo("stale");
        assertThat(old.lastAppliedDeploymentId()).isEqualTo(next);
    }

    @Test
    void withoutAProxyTheResourceHasNoRouteAndSaysWhy() {
        try (AppaloftEngine bare = engine(false)) {
            ResourceRuntimeApi running = bare.system().resources().runtime();
            bare.system().deployments().create(new CreateDeploymentInput(project, server, null, env, resource, null));
            ProxyConfiguration latest = running.proxyConfiguration(ProxyConfigurationInput.latest(resource));
            assertThat(latest.status()).isEqualTo("not-configured");
            assertThat(latest.providerKey()).isEqualTo("none");
            assertThat(latest.warnings()).isNotEmpty();
            assertThat(bare.system().resources().show(resource).accessSummary()).isNull();
            ResourceHealth health = running.health(ResourceHealthInput.live(resource));
            assertThat(health.overall()).isEqualTo(ResourceHealth.Overall.HEALTHY);
            assertThat(health.proxy().status()).isEqualTo("not-configured");
            assertThat(health.publicAccess().status()).isEqualTo("not-configured");
        }
    }

    // ---- show and list

    @Test
    void showAndListReportTheStableUrlAndTheDeploymentsOfAResource() {
        ResourceDetail fresh = appaloft.resources().show(resource);
        assertThat(fresh.accessSummary().plannedGeneratedAccessRoute().url()).isEqualTo("http://web-production.localhost:4380/");
        assertThat(fresh.accessSummary().latestGeneratedAccessRoute()).isNull();
        assertThat(fresh.resource().deploymentCount()).isZero();

        String deployment = deploy();
        ResourceDetail shown = appaloft.resources().show(resource);
        assertThat(shown.resource().deploymentCount()).isEqualTo(1);
        assertThat(shown.resource().lastDeploymentId()).isEqualTo(deployment);
        assertThat(shown.resource().lastDeploymentStatus()).isEqualTo("succeeded");
        assertThat(shown.latestDeployment().id()).isEqualTo(deployment);
        AccessSummary.Route route = shown.accessSummary().latestGeneratedAccessRoute();
        assertThat(route.url()).isEqualTo("http://web-production.localhost:4380/");
        assertThat(route.deploymentId()).isEqualTo(deployment);
        assertThat(route.proxyKind()).isEqualTo("caddy");
        assertThat(shown.accessSummary().proxyRouteStatus()).isEqualTo("ready");

        running().stop(RuntimeControlInput.of(resource));
        ResourceSummary listed = appaloft.resources().list(new ListResourcesInput(null, env, null, null)).items().get(0);
        assertThat(listed.deploymentCount()).isEqualTo(1);
        assertThat(listed.accessSummary().latestGeneratedAccessRoute().url()).isEqualTo(route.url());
        assertThat(listed.latestRuntimeControl().operation()).isEqualTo(RuntimeControlAttempt.Operation.STOP);
        assertThat(appaloft.resources().show(resource).accessSummary().latestGeneratedAccessRoute().url())
                .as("stopping keeps the stable URL").isEqualTo(route.url());
    }

    @Test
    void anArchivedDeploymentRecordStillNamesTheInstanceThatRunsButLeavesTheCounts() {
        String deployment = deploy();
        appaloft.deployments().archive(deployment);
        ResourceDetail shown = appaloft.resources().show(resource);
        assertThat(shown.resource().deploymentCount()).isZero();
        assertThat(shown.accessSummary().latestGeneratedAccessRoute().deploymentId()).isEqualTo(deployment);
        assertThat(running().logs(RuntimeLogsInput.tail(resource, 5)).deploymentId()).isEqualTo(deployment);
        assertThat(running().stop(RuntimeControlInput.of(resource)).status()).isEqualTo(RuntimeControlAttempt.Status.SUCCEEDED);
    }

    // ---- auto-deploy policy

    @Test
    void theAutoDeployPolicyIsStoredAndBlockedWhenTheSourceChanges() {
        ConfigureAutoDeployInput.Policy onMain = new ConfigureAutoDeployInput.Policy(AutoDeployPolicy.TriggerKind.GIT_PUSH,
                List.of("main"), List.of(AutoDeployPolicy.EventKind.PUSH), null, 60L);
        AutoDeployResult enabled = appaloft.resources().configureAutoDeploy(new ConfigureAutoDeployInput(resource,
                ConfigureAutoDeployInput.Mode.ENABLE, null, onMain, null));
        assertThat(enabled.status()).isEqualTo(AutoDeployPolicy.Status.ENABLED);
        String fingerprint = appaloft.resources().show(resource).source().sourceBindingFingerprint();
        assertThat(enabled.sourceBindingFingerprint()).isEqualTo(fingerprint);
        assertThat(appaloft.resources().show(resource).autoDeployPolicy().refs()).containsExactly("main");

        appaloft.resources().configureSource(new ConfigureSourceInput(resource,
                SourceBinding.of(SourceBinding.Kind.DOCKER_IMAGE, "local/app:2"), null));
        AutoDeployPolicy blocked = appaloft.resources().show(resource).autoDeployPolicy();
        assertThat(blocked.status()).isEqualTo(AutoDeployPolicy.Status.BLOCKED);
        assertThat(blocked.blockedReason()).isEqualTo("source-binding-changed");
        assertFails(() -> appaloft.resources().configureAutoDeploy(new ConfigureAutoDeployInput(resource,
                ConfigureAutoDeployInput.Mode.ACKNOWLEDGE_SOURCE_BINDING, fingerprint, null, null)),
                "resource_auto_deploy_policy_blocked");
        String current = appaloft.resources().show(resource).source().sourceBindingFingerprint();
        assertThat(appaloft.resources().configureAutoDeploy(new ConfigureAutoDeployInput(resource,
                ConfigureAutoDeployInput.Mode.ACKNOWLEDGE_SOURCE_BINDING, current, null, null)).status())
                .isEqualTo(AutoDeployPolicy.Status.ENABLED);

        assertThat(appaloft.resources().configureAutoDeploy(new ConfigureAutoDeployInput(resource,
                ConfigureAutoDeployInput.Mode.DISABLE, null, null, null)).status()).isEqualTo(AutoDeployPolicy.Status.DISABLED);
        AutoDeployResult replaced = appaloft.resources().configureAutoDeploy(new ConfigureAutoDeployInput(resource,
                ConfigureAutoDeployInput.Mode.REPLACE, null, new ConfigureAutoDeployInput.Policy(
                AutoDeployPolicy.TriggerKind.GIT_PUSH, List.of("release/*"), List.of(AutoDeployPolicy.EventKind.TAG), null,
                null), null));
        assertThat(replaced.status()).as("replace keeps a disabled policy off").isEqualTo(AutoDeployPolicy.Status.DISABLED);
        assertThat(replaced.refs()).containsExactly("release/*");
    }

    @Test
    void anAutoDeployPolicyMustBeCompleteAndNeverHoldASecret() {
        assertFails(() -> appaloft.resources().configureAutoDeploy(new ConfigureAutoDeployInput(resource,
                ConfigureAutoDeployInput.Mode.ENABLE, null, null, null)), "validation_error");
        assertFails(() -> appaloft.resources().configureAutoDeploy(new ConfigureAutoDeployInput(resource,
                ConfigureAutoDeployInput.Mode.ENABLE, null, new ConfigureAutoDeployInput.Policy(
                AutoDeployPolicy.TriggerKind.GENERIC_SIGNED_WEBHOOK, List.of("main"),
                List.of(AutoDeployPolicy.EventKind.PUSH), null, null), null)), "resource_auto_deploy_secret_required");
        assertFails(() -> appaloft.resources().configureAutoDeploy(new ConfigureAutoDeployInput(resource,
                ConfigureAutoDeployInput.Mode.ENABLE, null, new ConfigureAutoDeployInput.Policy(
                AutoDeployPolicy.TriggerKind.GENERIC_SIGNED_WEBHOOK, List.of("main"),
                List.of(AutoDeployPolicy.EventKind.PUSH), "whsec_actual_secret_value", null), null)), "validation_error");
        assertThat(appaloft.resources().configureAutoDeploy(new ConfigureAutoDeployInput(resource,
                ConfigureAutoDeployInput.Mode.ENABLE, null, new ConfigureAutoDeployInput.Policy(
                AutoDeployPolicy.TriggerKind.GENERIC_SIGNED_WEBHOOK, List.of("main"),
                List.of(AutoDeployPolicy.EventKind.PUSH), "resource-secret:WEBHOOK_SECRET", null), null)).status())
                .isEqualTo(AutoDeployPolicy.Status.ENABLED);
        String bare = appaloft.resources().create(CreateResourceInput.named(project, env, "bare")).id();
        assertFails(() -> appaloft.resources().configureAutoDeploy(new ConfigureAutoDeployInput(bare,
                ConfigureAutoDeployInput.Mode.ENABLE, null, new ConfigureAutoDeployInput.Policy(
                AutoDeployPolicy.TriggerKind.GIT_PUSH, List.of("main"), List.of(AutoDeployPolicy.EventKind.PUSH), null,
                null), null)), "resource_auto_deploy_source_missing");
    }
}
