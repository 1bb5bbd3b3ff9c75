package dev.appaloft.core.resources.running;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.deployments.DeploymentLogLine;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.resources.running.DiagnosticSummaryInput;
import dev.appaloft.api.resources.running.ProxyConfiguration;
import dev.appaloft.api.resources.running.ProxyConfigurationInput;
import dev.appaloft.api.resources.running.ResourceDiagnosticSummary;
import dev.appaloft.api.resources.running.ResourceDiagnosticSummary.Line;
import dev.appaloft.api.resources.running.ResourceDiagnosticSummary.LogTail;
import dev.appaloft.api.resources.running.ResourceDiagnosticSummary.SourceError;
import dev.appaloft.api.resources.running.ResourceHealth;
import dev.appaloft.api.resources.running.RuntimeLogs;
import dev.appaloft.api.resources.running.RuntimeLogsInput;
import dev.appaloft.api.store.StoreHealth;
import dev.appaloft.core.deployments.Deployment;
import dev.appaloft.core.deployments.DeploymentLog;
import dev.appaloft.core.deployments.DeploymentRepository;
import dev.appaloft.core.environments.EnvironmentRepository;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.projects.Slugs;
import dev.appaloft.core.resources.Resource;
import dev.appaloft.core.resources.SourceRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code resources.diagnosticSummary}: the resource, one deployment (the asked one, or the newest),
 * where the app answers, its route on the proxy and the tails of the deployment's log and of the
 * app's output, in one support-safe answer. Each part that cannot be read becomes a source error;
 * the rest still comes. Secret values are masked in both tails, source locators lose credentials.
 */
final class DiagnosticSummaryHandler implements Handler<DiagnosticSummaryInput, ResourceDiagnosticSummary> {

    static final String REDACTION_POLICY = "deployment-environment-secrets";

    private final RunningApps apps;
    private final RuntimeLogReader logs;
    private final ProxyConfigurationHandler proxies;

    DiagnosticSummaryHandler(RunningApps apps, RuntimeLogReader logs, ProxyConfigurationHandler proxies) {
        this.apps = apps;
        this.logs = logs;
        this.proxies = proxies;
    }

    @Override
    public ResourceDiagnosticSummary handle(DiagnosticSummaryInput in, Actor actor) {
        Validation v = new Validation();
        int tail = in.tailLines() == null ? 20 : in.tailLines();
        v.check(tail >= 0 && tail <= 50, "tailLines", "tailLines must be between 0 and 50");
        Instant from = TimeInputs.instant(v, "observationFrom", in.observationFrom());
        Instant to = TimeInputs.instant(v, "observationTo", in.observationTo());
        String locale = v.optionalText("locale", in.locale(), 35);
        v.throwIfInvalid();
        RunningApps.Snapshot snapshot = apps.load(actor, in.resourceId());
        Resource resource = snapshot.resource();
        Deployment deployment = in.deploymentId() == null ? snapshot.facts().latest() : apps.ctx().read(r ->
                DeploymentRepository.require(r, actor.organizationId(), in.deploymentId())).value();
        if (deployment != null && !deployment.resourceId().equals(resource.id())) {
            throw AppaloftException.validation("deploymentId", "deployment " + deployment.id()
                    + " is not a deployment of resource " + resource.id());
        }
        List<SourceError> errors = new ArrayList<>();
        Masking masking = new Masking();
        LogTail deploymentLogs = deploymentLogs(deployment, tail, !Boolean.FALSE.equals(in.includeDeploymentLogTail()), masking);
        LogTail runtimeLogs = runtimeLogs(actor, snapshot, tail, !Boolean.FALSE.equals(in.includeRuntimeLogTail()),
                masking, errors);
        ResourceDiagnosticSummary.Proxy proxy = proxy(actor, resource, !Boolean.FALSE.equals(in.includeProxyConfiguration()), errors);
        ResourceDiagnosticSummary summary = new ResourceDiagnosticSummary(ResourceDiagnosticSummary.SCHEMA_VERSION,
                Timestamps.format(apps.ctx().now()),
                new ResourceDiagnosticSummary.Focus(resource.id(), in.deploymentId(), deployment == null ? null : deployment.id()),
                context(resource, deployment, from, to, snapshot),
                deployment == null ? null : deploymentView(deployment,
                        apps.ctx().read(r -> DeploymentLog.count(r, deployment.id()))),
                access(actor, snapshot),
                proxy, deploymentLogs, runtimeLogs, system(actor, locale), errors,
                new ResourceDiagnosticSummary.Redaction(REDACTION_POLICY, masking.masked, masking.values), null);
        return withCopy(summary);
    }

    /** What the two tails masked, for the redaction section. */
    private static final class Masking {
        boolean masked;
        int values;
    }

    private ResourceDiagnosticSummary.Context context(Resource r, Deployment d, Instant from, Instant to,
                                                      RunningApps.Snapshot snapshot) {
        ResourceDiagnosticSummary.Window window = from == null && to == null ? null
                : new ResourceDiagnosticSummary.Window(Timestamps.format(from), Timestamps.format(to));
        return new ResourceDiagnosticSummary.Context(r.projectId(), r.environmentId(), r.name(), r.slug(), r.kind(),
                d == null ? r.destinationId() : d.destinationId(), d == null ? null : d.serverId(),
                d == null ? null : "docker-container", d == null ? null : d.plan().buildStrategy(),
                d == null ? null : "all-in-one-docker", d == null ? null : "single-server",
                d == null ? null : d.plan().providerKey(), r.services(), r.networkProfile(), window);
    }

    private static ResourceDiagnosticSummary.Deployment deploymentView(Deployment d, long logCount) {
        ResourceHealth.LastError error = d.failure() == null ? null : new ResourceHealth.LastError(
                Timestamps.format(d.failure().at()), d.failure().phase(), d.failure().code() + ": " + d.failure().message());
        var source = SourceRules.forDisplay(d.plan().source());
        return new ResourceDiagnosticSummary.Deployment(d.id(), d.status(), d.status(), d.plan().id(), source.kind(),
                source.displayName() == null ? source.locator() : source.displayName(), d.serverId(), d.destinationId(),
                Timestamps.format(d.createdAt()), Timestamps.format(d.startedAt()), Timestamps.format(d.finishedAt()),
                logCount, error);
    }

    private ResourceDiagnosticSummary.Access access(Actor actor, RunningApps.Snapshot snapshot) {
        String envName = apps.ctx().read(r -> EnvironmentRepository.require(r, actor.organizationId(),
                snapshot.resource().environmentId()).value().name());
        var summary = new AccessSummaries(apps.runtimes()).of(snapshot.resource(), Slugs.of(envName), snapshot.facts());
        if (summary == null) {
            return new ResourceDiagnosticSummary.Access("not-configured", null, null, null, null,
                    "generated_access_not_configured", null);
        }
        String planned = summary.plannedGeneratedAccessRoute() == null ? null : summary.plannedGeneratedAccessRoute().url();
        if (summary.latestGeneratedAccessRoute() == null) {
            return new ResourceDiagnosticSummary.Access("empty", null, planned, null, null, "not_deployed_yet", null);
        }
        boolean ready = "ready".equals(summary.proxyRouteStatus());
        return new ResourceDiagnosticSummary.Access(ready ? "available" : "unavailable",
                summary.latestGeneratedAccessRoute().url(), planned, summary.proxyRouteStatus(),
                summary.lastRouteRealizationDeploymentId(), ready ? null : "proxy_route_not_ready",
                ready ? null : "proxy-route-observation");
    }

    private ResourceDiagnosticSummary.Proxy proxy(Actor actor, Resource resource, boolean include, List<SourceError> errors) {
        ProxyConfiguration config;
        try {
            config = proxies.handle(ProxyConfigurationInput.latest(resource.id()), actor);
        } catch (AppaloftException e) {
            errors.add(new SourceError("proxy", e.code().code(), "infra", "proxy-configuration", e.retryable(),
                    resource.id(), null, e.getMessage()));
            return new ResourceDiagnosticSummary.Proxy("failed", null, "unknown", false, null, null, null, null, null,
                    null, e.code().code(), "proxy-configuration");
        }
        if (config.routes().isEmpty()) {
            return new ResourceDiagnosticSummary.Proxy("not-configured", config.providerKey(), null, false,
                    config.status(), config.generatedAt(), 0, 0, null, config.warnings(), "route_not_configured", null);
        }
        String routeStatus = switch (config.status()) {
            case "applied" -> "ready";
            case "failed" -> "failed";
            default -> "not-ready";
        };
        return new ResourceDiagnosticSummary.Proxy("available", config.providerKey(), routeStatus, include,
                config.status(), config.generatedAt(), config.routes().size(), include ? config.sections().size() : null,
                include ? config.sections().stream().map(s -> new ResourceDiagnosticSummary.SectionRef(s.id(), s.title(),
                        s.format(), s.redacted(), s.source())).toList() : null,
                config.warnings(), null, null);
    }

    private LogTail deploymentLogs(Deployment d, int tail, boolean include, Masking masking) {
        if (!include) {
            return new LogTail("not-requested", tail, 0, List.of(), null, null);
        }
        if (d == null) {
            return new LogTail("empty", tail, 0, List.of(), "not_deployed_yet", null);
        }
        // deployment log lines were masked when they were written
        List<DeploymentLogLine> lines = apps.ctx().read(r -> {
            long count = DeploymentLog.count(r, d.id());
            return DeploymentLog.read(r, d.id(), Math.max(0, count - tail), tail);
        });
        List<Line> out = lines.stream().map(l -> new Line(l.timestamp(), "appaloft", l.phase(), l.level(), null, null,
                l.message(), Boolean.TRUE.equals(l.masked()))).toList();
        masking.masked |= out.stream().anyMatch(Line::masked);
        return new LogTail(out.isEmpty() ? "empty" : "available", tail, out.size(), out, null, null);
    }

    private LogTail runtimeLogs(Actor actor, RunningApps.Snapshot snapshot, int tail, boolean include, Masking masking,
                                List<SourceError> errors) {
        if (!include) {
            return new LogTail("not-requested", tail, 0, List.of(), null, null);
        }
        if (snapshot.facts().current() == null) {
            return new LogTail("empty", tail, 0, List.of(), "not_deployed_yet", null);
        }
        try {
            LogRequest request = logs.admit(actor, RuntimeLogsInput.tail(snapshot.resource().id(), tail));
            masking.values = request.mask().size();
            RuntimeLogs read = logs.read(request);
            List<Line> out = read.logs().stream().map(l -> new Line(l.timestamp(), "application", null, null,
                    l.stream().name().toLowerCase(java.util.Locale.ROOT), l.serviceName(), l.message(), l.masked())).toList();
            masking.masked |= out.stream().anyMatch(Line::masked);
            return new LogTail(out.isEmpty() ? "empty" : "available", tail, out.size(), out, null, null);
        } catch (AppaloftException e) {
            errors.add(new SourceError("runtime-logs", e.code().code(), "infra", "runtime-log-open", e.retryable(),
                    snapshot.facts().current().id(), null, e.getMessage()));
            return new LogTail("unavailable", tail, 0, List.of(), e.code().code(), "runtime-log-open");
        }
    }

    private ResourceDiagnosticSummary.SystemInfo system(Actor actor, String locale) {
        StoreHealth health = apps.ctx().store().health();
        String kind = apps.ctx().store().kind();
        return new ResourceDiagnosticSummary.SystemInfo(actor.kind() == Actor.Kind.SYSTEM ? "system" : "http",
                Ids.next("req"), locale == null ? "en-US" : locale, health.ready() ? "ready" : "degraded", kind,
                switch (kind) {
                    case "postgresql" -> "server";
                    case "memory" -> "in-memory";
                    default -> "embedded";
                });
    }

    /** The summary with {@code copy}: itself as one JSON string, and a short text for chat or tickets. */
    private static ResourceDiagnosticSummary withCopy(ResourceDiagnosticSummary s) {
        String json = Json.write(s);
        StringBuilder text = new StringBuilder();
        text.append("resource ").append(s.context().resourceSlug()).append(" (").append(s.focus().resourceId()).append(")\n");
        if (s.deployment() != null) {
            text.append("deployment ").append(s.deployment().id()).append(": ").append(s.deployment().status().wire()).append('\n');
        }
        text.append("access: ").append(s.access().status())
                .append(s.access().generatedUrl() == null ? "" : " " + s.access().generatedUrl()).append('\n');
        text.append("proxy: ").append(s.proxy().status()).append('\n');
        for (Line line : s.runtimeLogs().lines()) {
            text.append("| ").append(line.message()).append('\n');
        }
        return new ResourceDiagnosticSummary(s.schemaVersion(), s.generatedAt(), s.focus(), s.context(), s.deployment(),
                s.access(), s.proxy(), s.deploymentLogs(), s.runtimeLogs(), s.system(), s.sourceErrors(), s.redaction(),
                new ResourceDiagnosticSummary.Copy(json, null, text.toString()));
    }
}
