package dev.appaloft.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.ResourceRuntimeApi;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.resources.*;
import dev.appaloft.api.resources.running.*;
import dev.appaloft.api.runtime.ProxyRoute;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a resource's running app tells about itself, on every store, with the runtime and proxy
 * doubles: health and its history, diagnostics, access evidence, the proxy preview, show/list
 * access summaries and the auto-deploy policy.
 */
public abstract class RunningAppInsightScenarios extends RunningAppFixture {

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
