package dev.appaloft.core.deployments;

import static dev.appaloft.api.catalog.AppTaskOperations.*;
import static dev.appaloft.api.catalog.DependencyOperations.*;
import static dev.appaloft.api.catalog.DeploymentOperations.*;
import static dev.appaloft.api.catalog.DomainOperations.*;
import static dev.appaloft.api.catalog.ExtensionOperations.*;
import static dev.appaloft.api.catalog.GovernanceOperations.*;
import static dev.appaloft.api.catalog.IdentityOperations.*;
import static dev.appaloft.api.catalog.ProjectOperations.*;
import static dev.appaloft.api.catalog.ResourceOperations.*;
import static dev.appaloft.api.catalog.ServerOperations.*;
import static dev.appaloft.api.catalog.SourceOperations.*;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.CountOutput;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentEvents;
import dev.appaloft.api.deployments.ExecutionMode;
import dev.appaloft.api.deployments.DeploymentList;
import dev.appaloft.api.deployments.DeploymentLogs;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.core.deployments.sources.BuildWorkspaces;
import dev.appaloft.core.deployments.sources.SourcePreparer;
import dev.appaloft.core.deployments.sources.SourceSettings;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.resources.Resource;
import dev.appaloft.core.resources.ResourceRepository;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import dev.appaloft.core.work.WorkKind;
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
     * What the engine runs for deployments: the recovery sweep (at start-up and then periodically: a
     * deployment whose executor died is freed when its lease expires) and the work kind that runs
     * detached deployments from the queue, and what routes a server's apps again on its (re)started
     * edge proxy.
     */
    public record Services(Runnable recovery, WorkKind work, BuildWorkspaces workspaces,
                           java.util.function.BiConsumer<String, dev.appaloft.api.runtime.EdgeProxy> restoreRoutes,
                           PinnedCreate pinnedCreate) {
    }

    /**
     * {@code deployments.create} pinned to a commit (a push's): admitted as any create is, with the
     * resource's git source checked out at {@code commitSha} (null: as configured).
     */
    public interface PinnedCreate {
        IdOutput create(CreateDeploymentInput input, String commitSha, Actor actor);
    }

    /** Registers the handlers; {@code wakeWorkers} is called when a detached deployment was queued. */
    public static Services register(HandlerRegistry registry, CoreContext ctx, Clock clock, DeploymentRuntimes runtimes,
                                    Runnable wakeWorkers, ScheduledExecutorService heartbeat,
                                    java.time.Duration lease, SourceSettings sources) {
        SourcePreparer preparer = new SourcePreparer(sources);
        DeploymentExecutor executor = new DeploymentExecutor(ctx, clock, runtimes, heartbeat, lease, preparer);
        DeploymentAdmission admission = new DeploymentAdmission(ctx, runtimes, executor, wakeWorkers,
                sources.roots());
        registry.register(DEPLOYMENTS_CREATE, (in, actor) -> create(admission, actor, in));
        registry.register(DEPLOYMENTS_RETRY, (in, actor) -> {
            Deployment source = ctx.read(r -> DeploymentRepository.require(r, actor.organizationId(), in.deploymentId())).value();
            if (in.resourceId() != null && !in.resourceId().equals(source.resourceId())) {
                throw AppaloftException.validation("resourceId", "deployment " + source.id() + " is not of this resource");
            }
            if (!source.status().isRetrySource()) {
                throw new AppaloftException(ErrorCode.DEPLOYMENT_NOT_RETRYABLE, "deployment " + source.id() + " is "
                        + source.status().wire() + "; only a failed or canceled deployment can be retried");
            }
            return admission.admit(actor, new DeploymentAdmission.Request(source.projectId(), source.environmentId(),
                    source.resourceId(), source.serverId(), source.destinationId(), "retry", source, source.id(), null), null);
        });
        registry.register(DEPLOYMENTS_ROLLBACK, (in, actor) -> {
            Validation v = new Validation();
            v.text("rollbackCandidateDeploymentId", in.rollbackCandidateDeploymentId(), 200);
            v.throwIfInvalid();
            Deployment current = ctx.read(r -> DeploymentRepository.require(r, actor.organizationId(), in.deploymentId())).value();
            Deployment candidate = ctx.read(r -> DeploymentRepository.require(r, actor.organizationId(),
                    in.rollbackCandidateDeploymentId())).value();
            if (candidate.status() != DeploymentStatus.SUCCEEDED || !candidate.resourceId().equals(current.resourceId())
                    || !candidate.serverId().equals(current.serverId()) || candidate.id().equals(current.id())) {
                throw new AppaloftException(ErrorCode.DEPLOYMENT_ROLLBACK_NOT_ALLOWED, "deployment " + candidate.id()
                        + " is not an earlier successful deployment of this resource on this server");
            }
            return admission.admit(actor, new DeploymentAdmission.Request(current.projectId(), current.environmentId(),
                    current.resourceId(), current.serverId(), current.destinationId(), "rollback", candidate,
                    candidate.id(), null), null);
        });
        registry.register(DEPLOYMENTS_REDEPLOY, (in, actor) -> {
            Resource resource = ctx.read(r -> ResourceRepository.require(r, actor.organizationId(), in.resourceId())).value();
            // a deploy token's scope was checked against these: they must be the resource's own
            if (in.projectId() != null && !in.projectId().equals(resource.projectId())) {
                throw AppaloftException.validation("projectId", "resource " + resource.id() + " is not in this project");
            }
            if (in.environmentId() != null && !in.environmentId().equals(resource.environmentId())) {
                throw AppaloftException.validation("environmentId", "resource " + resource.id() + " is not in this environment");
            }
            Deployment previous = ctx.read(r -> in.sourceDeploymentId() != null
                    ? DeploymentRepository.require(r, actor.organizationId(), in.sourceDeploymentId()).value()
                    : DeploymentRepository.list(r, DeploymentRepository.scope(actor.organizationId(), null, resource.id())
                            .newestFirst().limit(1)).stream().findFirst().orElse(null));
            if (previous != null && !previous.resourceId().equals(resource.id())) {
                throw AppaloftException.validation("sourceDeploymentId", "deployment " + previous.id() + " is not of this resource");
            }
            String serverId = in.serverId() != null ? in.serverId() : previous == null ? null : previous.serverId();
            if (serverId == null) {
                throw AppaloftException.validation("serverId", "the resource was never deployed: name the server");
            }
            return admission.admit(actor, new DeploymentAdmission.Request(resource.projectId(), resource.environmentId(),
                    resource.id(), serverId, in.destinationId() != null ? in.destinationId()
                    : previous == null ? null : previous.destinationId(), "redeploy", null,
                    previous == null ? null : previous.id(), null), null);
        });
        registry.register(DEPLOYMENTS_LIST, (in, actor) -> {
            Validation v = new Validation();
            int limit = v.limit(in.limit(), 100, 500);
            v.throwIfInvalid();
            DocumentQuery query = DeploymentRepository.withStatuses(DeploymentRepository.scope(actor.organizationId(),
                    Validation.filter(in.projectId()), Validation.filter(in.resourceId())), Set.of(),
                    Boolean.TRUE.equals(in.includeArchived()));
            return ctx.read(r -> new DeploymentList(DeploymentRepository.list(r, query.newestFirst().limit(limit)).stream()
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
            DocumentQuery counted = DeploymentRepository.withStatuses(DeploymentRepository.scope(actor.organizationId(),
                    Validation.filter(in.projectId()), Validation.filter(in.resourceId())), statuses,
                    Boolean.TRUE.equals(in.includeArchived()));
            return new CountOutput(ctx.read(r -> DeploymentRepository.count(r, counted)));
        });
        registry.register(DEPLOYMENTS_SHOW, (in, actor) -> ctx.read(r -> {
            Versioned<Deployment> found = DeploymentRepository.require(r, actor.organizationId(), in.deploymentId());
            Deployment d = found.value();
            DeploymentViews.Sections sections = new DeploymentViews.Sections(
                    Boolean.TRUE.equals(in.includeRelatedContext()) ? DeploymentContexts.of(r, d) : null,
                    Boolean.TRUE.equals(in.includeSnapshot()), Boolean.TRUE.equals(in.includeTimeline()),
                    !Boolean.FALSE.equals(in.includeLatestFailure()),
                    Boolean.TRUE.equals(in.includeRecoverySummary())
                            ? DeploymentReadiness.summary(DeploymentReadiness.of(r, found, 0, ctx.now())) : null);
            return DeploymentViews.detail(d, DeploymentLog.count(r, d.id()), ctx.now(), sections);
        }));
        registry.register(DEPLOYMENTS_RECOVERY_READINESS, (in, actor) -> ctx.read(r -> {
            Versioned<Deployment> found = DeploymentRepository.require(r, actor.organizationId(), in.deploymentId());
            if (in.resourceId() != null && !in.resourceId().equals(found.value().resourceId())) {
                throw AppaloftException.validation("resourceId", "deployment " + in.deploymentId() + " is not of this resource");
            }
            int max = DeploymentReadiness.DEFAULT_CANDIDATES;
            if (in.maxCandidates() != null) {
                try {
                    max = Integer.parseInt(in.maxCandidates().trim());
                } catch (NumberFormatException e) {
                    max = -1;
                }
                if (max < 1 || max > 100) {
                    throw AppaloftException.validation("maxCandidates", "must be a number from 1 to 100");
                }
            }
            return DeploymentReadiness.of(r, found, Boolean.FALSE.equals(in.includeCandidates()) ? 0 : max, ctx.now());
        }));
        registry.register(DEPLOYMENTS_LOGS, (in, actor) -> ctx.read(r -> {
            Deployment d = DeploymentRepository.require(r, actor.organizationId(), in.deploymentId()).value();
            return new DeploymentLogs(d.id(), DeploymentLog.read(r, d.id(), 0, 10_000));
        }));
        DeploymentPlanPreviews previews = new DeploymentPlanPreviews(ctx, runtimes, sources.roots());
        registry.register(DEPLOYMENTS_PLAN, (in, actor) -> previews.plan(actor, in));
        DeploymentRecovery recovery = new DeploymentRecovery(ctx, clock, runtimes, executor);
        registerControls(registry, ctx, admission, executor, recovery);
        java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable sweep = () -> {
            if (started.compareAndSet(false, true)) {
                recovery.restoreRoutes(); // once, at start: the proxy came up empty
            }
            recovery.recover();
        };
        return new Services(sweep, new DeploymentWork(ctx, executor, recovery).kind(), preparer.workspaces(),
                recovery::restoreRoutes, (in, commit, actor) -> create(admission, actor, in, commit));
    }

    private static void registerControls(HandlerRegistry registry, CoreContext ctx, DeploymentAdmission admission,
                                         DeploymentExecutor executor, DeploymentRecovery recovery) {
        DeploymentRetention retention = new DeploymentRetention(ctx);
        DeploymentCancellation cancellation = new DeploymentCancellation(ctx, executor, recovery);
        registry.register(DEPLOYMENTS_CANCEL, (in, actor) -> cancellation.cancel(actor, in));
        registry.register(DEPLOYMENTS_ARCHIVE, (in, actor) -> retention.archive(actor, in));
        registry.register(DEPLOYMENTS_PRUNE, (in, actor) -> retention.prune(actor, in));
        registry.register(DEPLOYMENTS_PRUNE_LOGS, (in, actor) -> retention.pruneLogs(actor, in));
        registry.register(DEPLOYMENTS_EVENTS, (in, actor) -> new DeploymentEvents(in.deploymentId(),
                DeploymentEventFollower.replay(ctx, actor.organizationId(), in)));
        registry.register(DEPLOYMENTS_EVENTS_STREAM, (in, actor) ->
                DeploymentEventFollower.start(ctx, actor.organizationId(), in, true));
        registry.register(DEPLOYMENTS_CREATE_STREAM, (in, actor) -> {
            IdOutput id = create(admission, actor, new CreateDeploymentInput(in.projectId(), in.serverId(),
                    in.destinationId(), in.environmentId(), in.resourceId(), ExecutionMode.DETACHED));
            return new DeploymentProgressFollower(ctx, actor.organizationId(), id.id());
        });
    }

    private static IdOutput create(DeploymentAdmission admission, Actor actor, CreateDeploymentInput in) {
        return create(admission, actor, in, null);
    }

    private static IdOutput create(DeploymentAdmission admission, Actor actor, CreateDeploymentInput in,
                                   String commit) {
        DeploymentChecks.requireTarget(in.projectId(), in.environmentId(), in.resourceId(), in.serverId());
        return admission.admit(actor, new DeploymentAdmission.Request(in.projectId(), in.environmentId(),
                in.resourceId(), in.serverId(), in.destinationId(), "create", null, null, commit), in.executionMode());
    }
}
