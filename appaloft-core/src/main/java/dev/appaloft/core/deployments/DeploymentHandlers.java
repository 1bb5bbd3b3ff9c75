package dev.appaloft.core.deployments;

import static dev.appaloft.api.catalog.AppaloftOperations.*;

import dev.appaloft.api.common.CountOutput;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.deployments.DeploymentList;
import dev.appaloft.api.deployments.DeploymentLogs;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.deployments.ExecutionMode;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.servers.ServerLifecycleStatus;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.core.config.ConfigEntry;
import dev.appaloft.core.environments.Environment;
import dev.appaloft.core.environments.EnvironmentRepository;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.projects.ProjectRepository;
import dev.appaloft.core.projects.Slugs;
import dev.appaloft.core.resources.Resource;
import dev.appaloft.core.resources.ResourceRepository;
import dev.appaloft.core.servers.Server;
import dev.appaloft.core.servers.ServerRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;

/**
 * Registers {@code deployments.create/list/count/show/logs}. Admission checks everything a user can
 * fix (project, environment lock, resource profile, server) before anything runs; one resource has
 * at most one deployment in progress, and a second one is refused with {@code deployment_in_progress}.
 */
public final class DeploymentHandlers {

    private DeploymentHandlers() {
    }

    /**
     * Registers the handlers; returns the recovery sweep (run at start-up and then periodically: a
     * deployment whose executor died is freed when its lease expires).
     */
    public static Runnable register(HandlerRegistry registry, CoreContext ctx, Clock clock, DeploymentRuntimes runtimes,
                                    ExecutorService background, ScheduledExecutorService heartbeat) {
        DeploymentExecutor executor = new DeploymentExecutor(ctx, clock, runtimes, heartbeat);
        registry.register(DEPLOYMENTS_CREATE, (in, actor) -> {
            Validation v = new Validation();
            v.text("projectId", in.projectId(), 200);
            v.text("environmentId", in.environmentId(), 200);
            v.text("resourceId", in.resourceId(), 200);
            v.text("serverId", in.serverId(), 200);
            v.throwIfInvalid();
            String id = Ids.next("dep");
            if (!executor.claim(id)) {
                throw new IllegalStateException("a fresh deployment id was already claimed: " + id);
            }
            try {
                ctx.command(actor, "deployments.create", uow -> {
                    ProjectRepository.require(uow.tx(), actor.organizationId(), in.projectId()).value().ensureActive();
                    Environment env = EnvironmentRepository.require(uow.tx(), actor.organizationId(), in.environmentId()).value();
                    Resource resource = ResourceRepository.require(uow.tx(), actor.organizationId(), in.resourceId()).value();
                    if (!env.projectId().equals(in.projectId()) || !resource.environmentId().equals(env.id())) {
                        throw AppaloftException.validation("resourceId", "the resource is not in this project's environment");
                    }
                    env.ensureCanAcceptMutation();
                    resource.ensureActive();
                    Server server = ServerRepository.require(uow.tx(), actor.organizationId(), in.serverId()).value();
                    if (server.lifecycleStatus() != ServerLifecycleStatus.ACTIVE) {
                        throw new AppaloftException(ErrorCode.SERVER_INACTIVE, "server " + server.id() + " is inactive");
                    }
                    runtimes.require(server.providerKey());
                    List<ConfigEntry> variables = new ArrayList<>(env.variables());
                    variables.addAll(resource.variables());
                    Deployment deployment = new Deployment(id, actor.organizationId(), in.projectId(), env.id(),
                            resource.id(), server.id(), in.destinationId() == null ? "dst_default" : in.destinationId(),
                            DeploymentStatus.CREATED, DeploymentPlanner.plan(resource, server.providerKey(),
                                    runtimes.generatedHost(resource.slug(), Slugs.of(env.name())), uow.now()),
                            new Deployment.Snapshot(Ids.next("snap"), env.id(), uow.now(), variables),
                            uow.now(), null, null, null, null);
                    DeploymentRepository.insert(uow.tx(), deployment, uow.now());
                    uow.event("deployment.created", id, Map.of("resourceId", resource.id(), "serverId", server.id()));
                    return null;
                });
            } catch (RuntimeException refused) {
                executor.unclaim(id);
                throw refused;
            }
            if (in.executionMode() == ExecutionMode.DETACHED) {
                background.submit(() -> executor.run(id));
            } else {
                executor.run(id);
            }
            return new IdOutput(id);
        });
        registry.register(DEPLOYMENTS_LIST, (in, actor) -> {
            Validation v = new Validation();
            int limit = v.limit(in.limit(), 100, 500);
            v.throwIfInvalid();
            return ctx.read(r -> new DeploymentList(DeploymentRepository.list(r,
                    DeploymentRepository.scope(actor.organizationId(), blank(in.projectId()), blank(in.resourceId()))
                            .newestFirst().limit(limit)).stream()
                    .map(d -> {
                        long count = DeploymentLog.count(r, d.id());
                        return DeploymentViews.view(d, DeploymentLog.read(r, d.id(), Math.max(0, count - 10), 10), count);
                    }).toList()));
        });
        registry.register(DEPLOYMENTS_COUNT, (in, actor) -> {
            Set<DeploymentStatus> statuses = EnumSet.noneOf(DeploymentStatus.class);
            if (in.status() != null) {
                statuses.add(in.status());
            }
            if (in.statuses() != null) {
                statuses.addAll(in.statuses());
            }
            DocumentQuery query = DeploymentRepository.scope(actor.organizationId(), blank(in.projectId()), blank(in.resourceId()));
            if (!statuses.isEmpty()) {
                query = query.statusIn(statuses.stream().map(DeploymentStatus::wire).collect(Collectors.toSet()));
            }
            DocumentQuery counted = query;
            return new CountOutput(ctx.read(r -> DeploymentRepository.count(r, counted)));
        });
        registry.register(DEPLOYMENTS_SHOW, (in, actor) -> ctx.read(r -> {
            Deployment d = DeploymentRepository.require(r, actor.organizationId(), in.deploymentId()).value();
            return DeploymentViews.detail(d, DeploymentLog.count(r, d.id()), ctx.now());
        }));
        registry.register(DEPLOYMENTS_LOGS, (in, actor) -> ctx.read(r -> {
            Deployment d = DeploymentRepository.require(r, actor.organizationId(), in.deploymentId()).value();
            return new DeploymentLogs(d.id(), DeploymentLog.read(r, d.id(), 0, 10_000));
        }));
        return () -> new DeploymentRecovery(ctx, clock, runtimes, executor).recover();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
