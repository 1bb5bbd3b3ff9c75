package dev.appaloft.core.resources.running;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.resources.running.ProxyConfiguration;
import dev.appaloft.api.resources.running.ProxyConfiguration.AppliedRouteContext;
import dev.appaloft.api.resources.running.ProxyConfiguration.Route;
import dev.appaloft.api.resources.running.ProxyConfiguration.Section;
import dev.appaloft.api.resources.running.ProxyConfiguration.Warning;
import dev.appaloft.api.resources.running.ProxyConfigurationInput;
import dev.appaloft.api.resources.running.ProxyConfigurationInput.RouteScope;
import dev.appaloft.api.runtime.EdgeProxy;
import dev.appaloft.api.runtime.ProxyRoute;
import dev.appaloft.core.deployments.Deployment;
import dev.appaloft.core.deployments.DeploymentRepository;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.environments.EnvironmentRepository;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.projects.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code resources.proxyConfiguration}: the resource's route on the edge proxy (host, path prefix,
 * upstream, proxy kind) as the running deployment has it and as the proxy applies it
 * ({@code latest}), as a deployment recorded it ({@code deployment-snapshot}), or as the next
 * deployment would get it ({@code planned}), with the proxy's own configuration of the route.
 */
final class ProxyConfigurationHandler implements Handler<ProxyConfigurationInput, ProxyConfiguration> {

    private final RunningApps apps;

    ProxyConfigurationHandler(RunningApps apps) {
        this.apps = apps;
    }

    @Override
    public ProxyConfiguration handle(ProxyConfigurationInput in, Actor actor) {
        RouteScope scope = in.routeScope() != null ? in.routeScope()
                : in.deploymentId() != null ? RouteScope.DEPLOYMENT_SNAPSHOT : RouteScope.LATEST;
        if (scope == RouteScope.DEPLOYMENT_SNAPSHOT && in.deploymentId() == null) {
            throw AppaloftException.validation("deploymentId", "routeScope deployment-snapshot needs a deploymentId");
        }
        RunningApps.Snapshot snapshot = apps.load(actor, in.resourceId());
        boolean diagnostics = Boolean.TRUE.equals(in.includeDiagnostics());
        if (scope == RouteScope.PLANNED) {
            return planned(actor, snapshot, diagnostics);
        }
        Deployment deployment = scope == RouteScope.LATEST ? snapshot.facts().current() : snapshotOf(actor, snapshot, in.deploymentId());
        return routed(snapshot, deployment, scope, diagnostics);
    }

    private Deployment snapshotOf(Actor actor, RunningApps.Snapshot snapshot, String deploymentId) {
        Deployment d = apps.ctx().read(r -> DeploymentRepository.require(r, actor.organizationId(), deploymentId)).value();
        if (!d.resourceId().equals(snapshot.resource().id())) {
            throw AppaloftException.validation("deploymentId", "deployment " + deploymentId + " is not a deployment of resource "
                    + snapshot.resource().id());
        }
        return d;
    }

    private ProxyConfiguration planned(Actor actor, RunningApps.Snapshot snapshot, boolean diagnostics) {
        String now = Timestamps.format(apps.ctx().now());
        String envName = apps.ctx().read(r -> EnvironmentRepository.require(r, actor.organizationId(),
                snapshot.resource().environmentId()).value().name());
        Optional<PlannedAccess> planned = PlannedAccess.of(apps.runtimes(), snapshot.resource(), Slugs.of(envName),
                snapshot.facts());
        String last = snapshot.facts().routed() ? snapshot.facts().current().id() : null;
        if (planned.isEmpty()) {
            String why = PlannedAccess.whyNot(apps.runtimes(), snapshot.resource(), snapshot.facts());
            return new ProxyConfiguration(snapshot.resource().id(), null, "none", RouteScope.PLANNED, "not-configured",
                    now, last, false, List.of(), List.of(), List.of(new Warning("route_not_planned", why, null)),
                    diagnostics ? new ProxyConfiguration.Diagnostics("none", 0, null, List.of(), null) : null);
        }
        PlannedAccess p = planned.get();
        Route route = new Route(p.host(), "http", p.url(), p.pathPrefix(), "disabled", p.targetPort(), "generated-default",
                "serve", null);
        List<Warning> warnings = List.of(new Warning("upstream_assigned_at_start",
                "the upstream port is assigned when the deployment's instance starts on the server", null));
        return new ProxyConfiguration(snapshot.resource().id(), null, p.proxy().kind(), RouteScope.PLANNED, "planned", now,
                last, false, List.of(route), List.of(), warnings,
                diagnostics ? new ProxyConfiguration.Diagnostics(p.proxy().kind(), 1, null, List.of(), null) : null);
    }

    private ProxyConfiguration routed(RunningApps.Snapshot snapshot, Deployment deployment, RouteScope scope,
                                      boolean diagnostics) {
        String now = Timestamps.format(apps.ctx().now());
        String resourceId = snapshot.resource().id();
        DeploymentFacts facts = snapshot.facts();
        String last = facts.routed() ? facts.current().id() : null;
        if (deployment == null || deployment.plan().routeHost() == null || deployment.instance() == null
                || deployment.instance().url() == null) {
            String why = deployment == null ? "the resource has no running deployment"
                    : "deployment " + deployment.id() + " was not routed through an edge proxy";
            return new ProxyConfiguration(resourceId, deployment == null ? null : deployment.id(), "none", scope,
                    "not-configured", now, last, false, List.of(), List.of(), List.of(new Warning("route_not_configured", why, null)),
                    diagnostics ? new ProxyConfiguration.Diagnostics("none", 0, null, List.of(), null) : null);
        }
        boolean current = facts.current() != null && facts.current().id().equals(deployment.id());
        RouteCheck check = current ? RouteCheck.of(apps.runtimes(), facts, deployment.instance().hostPort())
                : RouteCheck.of(apps.runtimes(), new DeploymentFacts(1, deployment, deployment), -1);
        EdgeProxy proxy = check.proxy();
        String kind = proxy == null ? AccessSummaries.ROUTED_BY : proxy.kind();
        String status;
        List<Warning> warnings = new ArrayList<>();
        if (!current) {
            status = "stale";
            warnings.add(new Warning("deployment_not_running", "deployment " + deployment.id()
                    + " is not the resource's running deployment; the proxy no longer routes to it", null));
        } else {
            status = switch (check.status()) {
                case READY -> "applied";
                case PROXY_MISSING -> "failed";
                default -> "stale";
            };
            if (!check.ready()) {
                warnings.add(new Warning(check.reasonCode(), switch (check.status()) {
                    case PROXY_MISSING -> "no edge proxy runs for this server now";
                    case ROUTE_MISSING -> "the edge proxy lost the route (it restarted); start or redeploy the resource";
                    default -> "the edge proxy routes the host to another upstream than the instance";
                }, null));
            }
        }
        AppliedRouteContext context = new AppliedRouteContext(AppliedRouteContext.SCHEMA_VERSION, resourceId,
                deployment.id(), deployment.serverId(), deployment.destinationId(),
                DeploymentRuntimes.routeId(resourceId), DeploymentRuntimes.routeId(resourceId) + ":" + deployment.id(),
                current ? "generated-default" : "deployment-snapshot", deployment.plan().routeHost(),
                deployment.plan().pathPrefix(), kind, null, Timestamps.format(deployment.finishedAt()), now);
        Route route = new Route(deployment.plan().routeHost(), "http", deployment.instance().url(),
                deployment.plan().pathPrefix(), "disabled", deployment.plan().internalPort(),
                current ? "generated-default" : "deployment-snapshot", "serve", context);
        List<Section> sections = new ArrayList<>();
        if (proxy != null && deployment.instance().hostPort() != null) {
            ProxyRoute shown = current && check.applied() != null ? check.applied()
                    : check.expected(deployment.instance().hostPort());
            sections.add(new Section(kind + "-route", "The " + kind + " route"
                    + (current && check.applied() != null ? " as applied" : " as the deployment set it")
                    + " (loaded through the admin API)", "json", "json", true, false, proxy.render(shown),
                    "provider-rendered"));
        }
        ProxyConfiguration.Diagnostics diag = !diagnostics ? null : new ProxyConfiguration.Diagnostics(kind, 1, null,
                List.of(context), proxy == null ? null : Map.of("proxyRouteCount", Integer.toString(proxy.routes().size()),
                "upstream", check.applied() == null ? "none" : check.applied().upstreamHost() + ":" + check.applied().upstreamPort()));
        return new ProxyConfiguration(resourceId, deployment.id(), kind, scope, status, now, last, !"applied".equals(status)
                && !"failed".equals(status), List.of(route), sections, warnings, diag);
    }
}
