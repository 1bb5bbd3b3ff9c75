package dev.appaloft.core.monitoring;

import static dev.appaloft.api.catalog.GovernanceOperations.RUNTIME_USAGE_INSPECT;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.monitoring.InspectUsageInput;
import dev.appaloft.api.monitoring.MonitoringScope;
import dev.appaloft.api.monitoring.RuntimeUsageReport;
import dev.appaloft.api.monitoring.RuntimeUsageReport.Artifact;
import dev.appaloft.api.monitoring.RuntimeUsageReport.Entry;
import dev.appaloft.api.monitoring.RuntimeUsageReport.Evidence;
import dev.appaloft.api.monitoring.RuntimeUsageReport.Warning;
import dev.appaloft.api.monitoring.SourceError;
import dev.appaloft.api.monitoring.UsageTotals;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.core.deployments.Deployment;
import dev.appaloft.core.deployments.DeploymentRepository;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.deployments.RuntimeGuards;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.servers.Server;
import dev.appaloft.core.servers.ServerRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code runtimeUsage.inspect} in mode {@code current}: reads the servers of the scope now (the
 * one server; else the servers its deployments ran on) and attributes each running container to
 * its resource, deployment, environment and project by its deployment label. Stores nothing.
 */
final class UsageHandler {

    private static final int DEPLOYMENT_PAGE = 500;

    private final CoreContext ctx;
    private final DeploymentRuntimes runtimes;

    UsageHandler(CoreContext ctx, DeploymentRuntimes runtimes) {
        this.ctx = ctx;
        this.runtimes = runtimes;
    }

    void register(HandlerRegistry registry) {
        registry.register(RUNTIME_USAGE_INSPECT, this::inspect);
    }

    RuntimeUsageReport inspect(InspectUsageInput in, Actor actor) {
        Validation v = new Validation();
        MonitoringScope scope = Scopes.check(v, in.scope() != null ? in.scope() : flat(in));
        v.check(in.mode() == null || in.mode().equals("current"), "mode", "mode must be current");
        v.throwIfInvalid();
        List<Server> servers = ctx.read(r -> {
            Scopes.requireOwn(r, actor.organizationId(), scope);
            return servers(r, actor.organizationId(), scope);
        });
        List<Warning> warnings = new ArrayList<>();
        List<SourceError> errors = new ArrayList<>();
        List<SampleRecord> containers = new ArrayList<>();
        List<UsageTotals> hosts = new ArrayList<>();
        String observedAt = null;
        for (Server server : servers) {
            Collector.Reading reading = Collector.read(ctx, runtimes, server);
            MonitoringScope own = MonitoringScope.server(server.id());
            if (reading.error() != null) {
                errors.add(new SourceError("runtime-target", "runtime_target_unreachable", "server " + server.id()
                        + " could not be read: " + reading.error(), true));
                continue;
            }
            if (reading.unsupported()) {
                warnings.add(new Warning("unsupported-provider", reading.problems().get(0), own, null));
                continue;
            }
            observedAt = Timestamps.format(reading.observedAt());
            hosts.add(reading.host().totals());
            if (!reading.containerStats()) {
                warnings.add(new Warning("missing-metric-source", "the runtime of server " + server.id()
                        + " does not report container usage", own, "cpu"));
            }
            reading.host().problems().forEach(p -> warnings.add(new Warning("partial-diagnostic", p, own, null)));
            reading.containers().stream().filter(c -> within(scope, c)).forEach(containers::add);
        }
        UsageTotals totals = scope.kind().equals("server")
                ? (hosts.isEmpty() ? UsageTotals.EMPTY : hosts.get(0))
                : Totals.build(Totals.together(containers.stream().map(SampleRecord::totals).toList()), Totals.SIGNALS);
        boolean withWarnings = !Boolean.FALSE.equals(in.includeWarnings());
        List<Artifact> artifacts = Boolean.FALSE.equals(in.includeArtifacts()) ? List.of()
                : containers.stream().map(c -> artifact(c)).toList();
        return new RuntimeUsageReport(RuntimeUsageReport.SCHEMA_VERSION, scope, Timestamps.format(ctx.now()), observedAt,
                observedAt == null ? "unknown" : "live", !warnings.isEmpty() || !errors.isEmpty(), totals,
                entries(containers, "project", SampleRecord::projectId), entries(containers, "environment",
                        SampleRecord::environmentId), entries(containers, "resource", SampleRecord::resourceId),
                entries(containers, "deployment", SampleRecord::deploymentId), artifacts,
                withWarnings ? warnings : List.of(), errors);
    }

    private static MonitoringScope flat(InspectUsageInput in) {
        if (in.scopeKind() == null) {
            return null;
        }
        String id = switch (in.scopeKind()) {
            case "server" -> in.serverId();
            case "project" -> in.projectId();
            case "environment" -> in.environmentId();
            case "resource" -> in.resourceId();
            case "deployment" -> in.deploymentId();
            default -> null;
        };
        return MonitoringScope.KINDS.contains(in.scopeKind()) ? MonitoringScope.of(in.scopeKind(), id)
                : new MonitoringScope(in.scopeKind(), null, null, null, null, null);
    }

    /** The scope's server, or the active servers its deployments ran on. */
    private static List<Server> servers(dev.appaloft.api.store.StoreReader r, String organizationId,
                                        MonitoringScope scope) {
        if (scope.kind().equals("server")) {
            return List.of(ServerRepository.require(r, organizationId, scope.id()).value());
        }
        List<Deployment> deployments;
        if (scope.kind().equals("deployment")) {
            deployments = List.of(DeploymentRepository.require(r, organizationId, scope.id()).value());
        } else {
            String field = switch (scope.kind()) {
                case "project" -> IndexFields.PROJECT_ID;
                case "environment" -> IndexFields.ENVIRONMENT_ID;
                default -> IndexFields.RESOURCE_ID;
            };
            deployments = DeploymentRepository.list(r, DocumentQuery.where(DocumentIndex.ofOrganization(organizationId)
                    .with(field, scope.id())).newestFirst().limit(DEPLOYMENT_PAGE));
        }
        Set<String> ids = deployments.stream().map(Deployment::serverId).collect(Collectors.toCollection(LinkedHashSet::new));
        List<Server> out = new ArrayList<>();
        for (String id : ids) {
            ServerRepository.find(r, organizationId, id).map(s -> s.value()).ifPresent(out::add);
        }
        return out;
    }

    private static boolean within(MonitoringScope scope, SampleRecord c) {
        return switch (scope.kind()) {
            case "server" -> true;
            case "project" -> scope.id().equals(c.projectId());
            case "environment" -> scope.id().equals(c.environmentId());
            case "resource" -> scope.id().equals(c.resourceId());
            default -> scope.id().equals(c.deploymentId());
        };
    }

    private static List<Entry> entries(List<SampleRecord> containers, String kind, Function<SampleRecord, String> key) {
        Map<String, List<SampleRecord>> groups = containers.stream().collect(Collectors.groupingBy(key,
                LinkedHashMap::new, Collectors.toList()));
        List<Entry> out = new ArrayList<>();
        groups.forEach((id, group) -> {
            SampleRecord single = group.size() == 1 ? group.get(0) : null;
            out.add(new Entry(MonitoringScope.of(kind, id), "attributed",
                    Totals.build(Totals.together(group.stream().map(SampleRecord::totals).toList()), Totals.SIGNALS),
                    single == null ? null : single.deploymentId(), single == null ? null : single.runtimeId(),
                    group.size(), List.of()));
        });
        return out;
    }

    private static Artifact artifact(SampleRecord c) {
        return new Artifact("active-runtime", "attributed", c.serverId(), c.projectId(), c.environmentId(),
                c.resourceId(), c.deploymentId(), c.runtimeId(), Timestamps.format(c.observedAt()),
                List.of(new Evidence("label", RuntimeGuards.DEPLOYMENT_LABEL)), "no",
                "a running instance is never reclaimed", List.of());
    }
}
