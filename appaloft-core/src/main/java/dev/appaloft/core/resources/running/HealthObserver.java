package dev.appaloft.core.resources.running;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.resources.HealthCheck;
import dev.appaloft.api.resources.running.ResourceHealth;
import dev.appaloft.api.resources.running.ResourceHealth.Check;
import dev.appaloft.api.resources.running.ResourceHealth.Lifecycle;
import dev.appaloft.api.resources.running.ResourceHealth.Overall;
import dev.appaloft.api.resources.running.ResourceHealth.RuntimeHealth;
import dev.appaloft.api.resources.running.ResourceHealth.SourceError;
import dev.appaloft.api.resources.running.RuntimeControlAttempt;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.HealthVerdict;
import dev.appaloft.api.runtime.InstanceStatus;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.core.deployments.Deployment;
import dev.appaloft.core.resources.Resource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One live observation of a resource's running app: the instance's state on its runtime, one probe
 * of the health policy, and whether the edge proxy routes the resource's URL to it. A part that
 * cannot be observed becomes a source error; the rest of the answer stands. A successful
 * deployment is never taken for health: only what is observed now counts.
 *
 * <p>Without a policy of its own, the resource is probed as its deployment was verified (GET its
 * health path, or {@code /}, expecting 200), and {@code healthPolicy.status} says
 * {@code not-configured}.
 */
final class HealthObserver {

    private final RunningApps apps;

    HealthObserver(RunningApps apps) {
        this.apps = apps;
    }

    /** The flags of one observation. */
    record Scope(boolean runtimeProbe, boolean publicAccessProbe) {
    }

    ResourceHealth observe(Resource resource, DeploymentFacts facts, RuntimeControlAttempt latestControl, Scope scope) {
        Instant now = apps.ctx().now();
        String at = Timestamps.format(now);
        Deployment current = facts.current();
        ResourceHealth.LatestDeployment latest = latestDeployment(facts.latest());
        HealthCheck policy = resource.healthPolicy() != null ? resource.healthPolicy()
                : current == null ? null : current.plan().health();
        ResourceHealth.HealthPolicy policyView = policyView(resource, current, policy);
        if (current == null) {
            return new ResourceHealth(ResourceHealth.SCHEMA_VERSION, resource.id(), at, at, Overall.NOT_DEPLOYED, latest,
                    new ResourceHealth.Runtime(Lifecycle.NOT_DEPLOYED, RuntimeHealth.UNKNOWN, at, null, null,
                            "the resource has no successful deployment"),
                    latestControl, policyView, new ResourceHealth.PublicAccess("not-configured", null, null, null, null),
                    new ResourceHealth.Proxy("not-configured", null, null, null), List.of(), List.of());
        }
        List<Check> checks = new ArrayList<>();
        List<SourceError> errors = new ArrayList<>();
        InstanceView instance = inspect(current, facts, latestControl, at, checks, errors);
        RuntimeHealth health = probe(instance, policy, scope, at, checks, errors);
        RouteCheck route = RouteCheck.of(apps.runtimes(), facts, instance.hostPort());
        ResourceHealth.Proxy proxy = proxyView(route, at, checks);
        ResourceHealth.PublicAccess publicAccess = publicAccess(current, route, instance.lifecycle(), health);
        if (scope.publicAccessProbe()) {
            checks.add(new Check("public-url", "public-access", "skipped", at, null, null, null,
                    "probing the public URL from the control plane is not supported yet; the proxy route check stands for it",
                    "public_access_probe_unsupported", null, null, null));
        }
        thresholds(resource, at, checks);
        Overall overall = overall(instance, health, route);
        return new ResourceHealth(ResourceHealth.SCHEMA_VERSION, resource.id(), at, at, overall, latest,
                new ResourceHealth.Runtime(instance.lifecycle(), health, at, RuntimeLogReader.RUNTIME_KIND,
                        instance.reasonCode(), instance.message()),
                latestControl, policyView, publicAccess, proxy, checks, errors);
    }

    /** The resource's runtime monitoring thresholds as the sampler last judged them (never changes the overall state). */
    private void thresholds(Resource resource, String at, List<Check> checks) {
        apps.ctx().read(r -> dev.appaloft.core.monitoring.ThresholdStates.ofResource(r, resource.organizationId(),
                resource.id())).ifPresent(t -> {
                    String state = t.state() == null ? "unknown" : t.state();
                    String status = switch (state) {
                        case "ok" -> "passed";
                        case "warning", "critical" -> "failed";
                        default -> "unknown";
                    };
                    checks.add(new Check("runtime-monitoring-thresholds", "container", status, at, null, null, null,
                            state.equals("unknown") ? "no sample of the resource was judged yet"
                                    : "the latest runtime monitoring sample is " + state,
                            "runtime_threshold_" + state, "runtime-monitoring", null,
                            java.util.Map.of("policyId", t.policyId(), "state", state)));
                });
    }

    /** The instance as observed now; {@code hostPort} is where it answers now (null when it does not). */
    private record InstanceView(Lifecycle lifecycle, Integer hostPort, String reasonCode, String message,
                                RuntimeInstance instance, DeploymentRuntime runtime) {
    }

    private InstanceView inspect(Deployment current, DeploymentFacts facts, RuntimeControlAttempt latestControl,
                                 String at, List<Check> checks, List<SourceError> errors) {
        DeploymentRuntime runtime;
        Optional<InstanceStatus> status;
        RuntimeInstance instance = facts.instance();
        try {
            runtime = apps.runtimes().require(current.plan().providerKey(), current.serverId());
            status = runtime.inspect(instance);
        } catch (AppaloftException e) {
            errors.add(new SourceError("runtime", e.code().code(), "infra", "runtime-inspection", e.retryable(),
                    current.id(), null, e.getMessage()));
            checks.add(new Check("container", "container", "unknown", at, null, null, null, e.getMessage(),
                    e.code().code(), "runtime-inspection", e.retryable(), null));
            return new InstanceView(Lifecycle.UNKNOWN, null, e.code().code(), e.getMessage(), instance, null);
        }
        if (status.isEmpty()) {
            String message = "the instance " + instance.name() + " of deployment " + current.id() + " no longer exists";
            checks.add(new Check("container", "container", "failed", at, null, null, null, message,
                    "runtime_instance_missing", "runtime-inspection", false, null));
            return new InstanceView(Lifecycle.UNKNOWN, null, "runtime_instance_missing", message, instance, runtime);
        }
        InstanceStatus s = status.get();
        RuntimeInstance now = new RuntimeInstance(instance.id(), instance.name(), s.hostPort(), s.running(), Map.of());
        Lifecycle lifecycle = switch (s.state()) {
            case RUNNING -> Lifecycle.RUNNING;
            case STARTING -> Lifecycle.STARTING;
            case RESTARTING -> Lifecycle.RESTARTING;
            case STOPPED -> stoppedOnRequest(latestControl, current) ? Lifecycle.STOPPED : Lifecycle.EXITED;
        };
        String reason = switch (lifecycle) {
            case STOPPED -> "runtime_stopped";
            case EXITED -> "runtime_exited";
            case RESTARTING -> "runtime_restarting";
            default -> null;
        };
        String message = lifecycle == Lifecycle.EXITED ? "the instance exited" + (s.exitCode() == null ? ""
                : " with code " + s.exitCode()) : lifecycle == Lifecycle.STOPPED ? "the instance was stopped on request" : null;
        checks.add(new Check("container", "container", s.running() ? "passed" : s.state() == InstanceStatus.State.STOPPED
                ? "failed" : "unknown", at, null, null, s.exitCode(), s.detail(), reason, "runtime-inspection", null, null));
        return new InstanceView(lifecycle, s.hostPort(), reason, message, now, runtime);
    }

    private static boolean stoppedOnRequest(RuntimeControlAttempt control, Deployment current) {
        return control != null && control.operation() == RuntimeControlAttempt.Operation.STOP
                && control.status() == RuntimeControlAttempt.Status.SUCCEEDED;
    }

    private RuntimeHealth probe(InstanceView instance, HealthCheck policy, Scope scope, String at, List<Check> checks,
                                List<SourceError> errors) {
        if (policy == null || Boolean.FALSE.equals(policy.enabled())) {
            checks.add(skipped(at, "health_check_disabled", "the resource's health check is disabled"));
            return RuntimeHealth.NOT_CONFIGURED;
        }
        if (instance.lifecycle() != Lifecycle.RUNNING) {
            checks.add(skipped(at, "runtime_not_running", "the instance is not running"));
            return RuntimeHealth.UNKNOWN;
        }
        if (!scope.runtimeProbe()) {
            checks.add(skipped(at, "runtime_probe_not_requested", "includeRuntimeProbe was false"));
            return RuntimeHealth.UNKNOWN;
        }
        try {
            HealthVerdict verdict = instance.runtime().probe(instance.instance(), policy);
            checks.add(new Check("health-policy", "runtime", verdict.healthy() ? "passed" : "failed", at,
                    verdict.elapsed().toMillis(), verdict.lastStatus() > 0 ? verdict.lastStatus() : null, null,
                    verdict.reason(), verdict.healthy() ? null : "health_check_failing", "health-check",
                    verdict.healthy() ? null : Boolean.TRUE, Map.of("path", policy.http().path())));
            return verdict.healthy() ? RuntimeHealth.HEALTHY : RuntimeHealth.UNHEALTHY;
        } catch (AppaloftException e) {
            errors.add(new SourceError("health-check", e.code().code(), "infra", "health-check", e.retryable(), null,
                    null, e.getMessage()));
            return RuntimeHealth.UNKNOWN;
        }
    }

    private static Check skipped(String at, String reason, String message) {
        return new Check("health-policy", "runtime", "skipped", at, null, null, null, message, reason, "health-check",
                null, null);
    }

    private static ResourceHealth.Proxy proxyView(RouteCheck route, String at, List<Check> checks) {
        if (route.status() == RouteCheck.Status.NOT_ROUTED) {
            return new ResourceHealth.Proxy("not-configured", null, null, null);
        }
        String provider = route.proxy() == null ? null : route.proxy().kind();
        checks.add(new Check("proxy-route", "proxy-route", route.ready() ? "passed" : "failed", at, null, null, null,
                route.ready() ? "the edge proxy routes " + route.deployment().plan().routeHost() + " to the instance"
                        : switch (route.status()) {
                            case PROXY_MISSING -> "no edge proxy runs for this server";
                            case ROUTE_MISSING -> "the edge proxy has no route for the resource (restart or redeploy it)";
                            default -> "the edge proxy routes the resource elsewhere than the instance";
                        }, route.reasonCode(), "proxy-route-observation", route.ready() ? null : Boolean.TRUE, null));
        return new ResourceHealth.Proxy(route.ready() ? "ready" : route.status() == RouteCheck.Status.PROXY_MISSING
                ? "failed" : "not-ready", provider, route.deployment().id(), route.reasonCode());
    }

    private static ResourceHealth.PublicAccess publicAccess(Deployment current, RouteCheck route, Lifecycle lifecycle,
                                                            RuntimeHealth health) {
        if (route.status() == RouteCheck.Status.NOT_ROUTED) {
            return new ResourceHealth.PublicAccess("not-configured", null, null, null, null);
        }
        String url = current.instance().url();
        if (!route.ready()) {
            return new ResourceHealth.PublicAccess("not-ready", url, "generated-latest", route.reasonCode(),
                    "proxy-route-observation");
        }
        if (lifecycle != Lifecycle.RUNNING) {
            return new ResourceHealth.PublicAccess("not-ready", url, "generated-latest", "runtime_not_ready",
                    "runtime-inspection");
        }
        if (health == RuntimeHealth.UNHEALTHY) {
            return new ResourceHealth.PublicAccess("not-ready", url, "generated-latest", "health_check_failing",
                    "health-check");
        }
        return new ResourceHealth.PublicAccess("ready", url, "generated-latest", null, null);
    }

    private static Overall overall(InstanceView instance, RuntimeHealth health, RouteCheck route) {
        return switch (instance.lifecycle()) {
            case STARTING, RESTARTING -> Overall.STARTING;
            case STOPPED, EXITED -> Overall.STOPPED;
            case UNKNOWN -> "runtime_instance_missing".equals(instance.reasonCode()) ? Overall.UNHEALTHY : Overall.UNKNOWN;
            default -> {
                if (health == RuntimeHealth.UNHEALTHY) {
                    yield Overall.UNHEALTHY;
                }
                boolean routeBroken = route.status() != RouteCheck.Status.NOT_ROUTED && !route.ready();
                if (routeBroken) {
                    yield Overall.DEGRADED;
                }
                yield health == RuntimeHealth.HEALTHY ? Overall.HEALTHY : Overall.UNKNOWN;
            }
        };
    }

    private static ResourceHealth.LatestDeployment latestDeployment(Deployment d) {
        if (d == null) {
            return null;
        }
        ResourceHealth.LastError error = d.failure() == null ? null : new ResourceHealth.LastError(
                Timestamps.format(d.failure().at()), d.failure().phase(), d.failure().code() + ": " + d.failure().message());
        return new ResourceHealth.LatestDeployment(d.id(), d.status(), Timestamps.format(d.createdAt()),
                Timestamps.format(d.startedAt()), Timestamps.format(d.finishedAt()), d.serverId(), d.destinationId(), error);
    }

    private static ResourceHealth.HealthPolicy policyView(Resource resource, Deployment current, HealthCheck policy) {
        if (policy == null) {
            return new ResourceHealth.HealthPolicy("not-configured", false, null, null, null, null, null, null, null,
                    null, "health_policy_not_configured");
        }
        boolean own = resource.healthPolicy() != null;
        HealthCheck.Http http = policy.http();
        Long port = http.port() != null ? Long.valueOf(http.port())
                : current != null ? Long.valueOf(current.plan().internalPort())
                : resource.networkProfile() == null ? null : resource.networkProfile().internalPort();
        return new ResourceHealth.HealthPolicy(own ? "configured" : "not-configured", !Boolean.FALSE.equals(policy.enabled()),
                "http", http.path(), port, http.expectedStatusCode() == null ? null : Long.valueOf(http.expectedStatusCode()),
                policy.intervalSeconds(), policy.timeoutSeconds(), policy.retries(), policy.startPeriodSeconds(),
                own ? null : "deployment_default_probe");
    }
}
