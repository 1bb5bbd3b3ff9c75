package dev.appaloft.core.deployments;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.deployments.ExecutionMode;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.servers.ServerLifecycleStatus;
import dev.appaloft.core.config.ConfigEntry;
import dev.appaloft.core.deployments.sources.SourceRoots;
import dev.appaloft.core.environments.Environment;
import dev.appaloft.core.environments.EnvironmentRepository;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.projects.ProjectRepository;
import dev.appaloft.core.projects.Slugs;
import dev.appaloft.core.resources.Resource;
import dev.appaloft.core.resources.ResourceRepository;
import dev.appaloft.core.servers.Server;
import dev.appaloft.core.servers.ServerRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Admits a new deployment attempt (create, retry, redeploy): checks everything a user can fix
 * before anything runs, stores the attempt with its plan and snapshot, then runs it here
 * (synchronous) or puts it on the work queue in the same transaction (detached), where any
 * process's worker takes it. A retry replays the failed attempt's plan and
 * variable snapshot; create and redeploy plan from the resource as it is now.
 */
final class DeploymentAdmission {

    /** Longer than any admission takes; released as soon as the deployment is stored. */
    private static final java.time.Duration ADMISSION_HOLD = java.time.Duration.ofSeconds(30);

    /** What to deploy; {@code retryOf} is the attempt a retry or rollback replays. */
    record Request(String projectId, String environmentId, String resourceId, String serverId, String destinationId,
                   String trigger, Deployment retryOf, String sourceDeploymentId, String pinnedCommit) {
    }

    private final CoreContext ctx;
    private final DeploymentRuntimes runtimes;
    private final DeploymentExecutor executor;
    private final Runnable wakeWorkers;
    private final SourceRoots roots;

    DeploymentAdmission(CoreContext ctx, DeploymentRuntimes runtimes, DeploymentExecutor executor,
                        Runnable wakeWorkers, SourceRoots roots) {
        this.roots = roots;
        this.ctx = ctx;
        this.runtimes = runtimes;
        this.executor = executor;
        this.wakeWorkers = wakeWorkers;
    }

    IdOutput admit(Actor actor, Request req, ExecutionMode mode) {
        String id = Ids.next("dep");
        boolean detached = mode == ExecutionMode.DETACHED;
        // a synchronous run holds its lease from the start; a detached one is guarded by its work item
        if (!detached && !executor.claim(id)) {
            throw new IllegalStateException("a fresh deployment id was already claimed: " + id);
        }
        // a runtime control (stop/start/restart) holds this while it acts; it checks for an active
        // deployment only after taking it, so holding it here closes the window between the two
        String controlKey = DeploymentRepository.runtimeLeaseKey(req.resourceId());
        String admissionOwner = "admission-" + id;
        if (ctx.store().leases().acquire(controlKey, admissionOwner, ADMISSION_HOLD).isEmpty()) {
            if (!detached) {
                executor.unclaim(id);
            }
            throw new AppaloftException(ErrorCode.RESOURCE_RUNTIME_BUSY, "a runtime control (stop, start or restart)"
                    + " of resource " + req.resourceId() + " is in progress; deploy again when it has finished");
        }
        try {
            ctx.command(actor, "deployments." + req.trigger(), uow -> {
                ProjectRepository.require(uow.tx(), actor.organizationId(), req.projectId()).value().ensureActive();
                Environment env = EnvironmentRepository.require(uow.tx(), actor.organizationId(), req.environmentId()).value();
                Resource resource = ResourceRepository.require(uow.tx(), actor.organizationId(), req.resourceId()).value();
                if (!env.projectId().equals(req.projectId()) || !resource.environmentId().equals(env.id())) {
                    throw AppaloftException.validation("resourceId", "the resource is not in this project's environment");
                }
                env.ensureCanAcceptMutation();
                resource.ensureActive();
                Server server = ServerRepository.require(uow.tx(), actor.organizationId(), req.serverId()).value();
                if (server.lifecycleStatus() != ServerLifecycleStatus.ACTIVE) {
                    throw new AppaloftException(ErrorCode.SERVER_INACTIVE, "server " + server.id() + " is inactive");
                }
                runtimes.requireConfigured(server.providerKey());
                Deployment.Plan plan;
                Deployment.Snapshot snapshot;
                if (req.retryOf() != null) {
                    Deployment.Plan old = req.retryOf().plan();
                    // a rollback runs the image the earlier attempt built, not what the source holds now
                    plan = req.trigger().equals("rollback") ? old.rerunImage(Ids.next("plan"), uow.now())
                            : old.replay(Ids.next("plan"), uow.now());
                    snapshot = req.retryOf().snapshot();
                } else {
                    plan = DeploymentPlanner.plan(pinned(resource, req.pinnedCommit()), server.providerKey(),
                            runtimes.generatedHost(uow.tx(), actor.organizationId(), server.id(), resource.slug(),
                                    Slugs.of(env.name())).map(h -> h.name()).orElse(null), uow.now());
                    List<ConfigEntry> variables = new ArrayList<>(env.variables());
                    variables.addAll(resource.variables());
                    snapshot = new Deployment.Snapshot(Ids.next("snap"), env.id(), uow.now(), variables);
                }
                Deployment deployment = new Deployment(id, actor.organizationId(), req.projectId(), env.id(),
                        resource.id(), server.id(), req.destinationId() == null ? "dst_default" : req.destinationId(),
                        DeploymentStatus.CREATED, plan, snapshot, uow.now(), null, null, null, null, req.trigger(),
                        req.sourceDeploymentId());
                if (!plan.runsPrebuiltImage()) {
                    roots.check(plan.source()); // before anything reads a host path
                }
                DeploymentRepository.insert(uow.tx(), deployment, uow.now());
                if (detached) {
                    uow.tx().enqueue(DeploymentWork.request(deployment));
                }
                DeploymentJournal.record(uow.tx(), id, uow.now(), DeploymentJournal.forStatus(deployment));
                uow.event("deployment.created", id, Map.of("resourceId", resource.id(), "serverId", server.id(),
                        "triggerKind", req.trigger()));
                return null;
            });
        } catch (RuntimeException refused) {
            if (!detached) {
                executor.unclaim(id);
            }
            throw refused;
        } finally {
            ctx.store().leases().release(controlKey, admissionOwner);
        }
        if (detached) {
            wakeWorkers.run();
        } else {
            executor.run(id);
        }
        return new IdOutput(id);
    }

    /**
     * The resource as this deployment builds it: a git source pinned to {@code commit} (a push's
     * commit) when one is given; the stored resource is not changed.
     */
    static Resource pinned(Resource resource, String commit) {
        dev.appaloft.api.resources.SourceBinding s = resource.source();
        if (commit == null || s == null || !java.util.Set.of(dev.appaloft.api.resources.SourceBinding.Kind.LOCAL_GIT,
                dev.appaloft.api.resources.SourceBinding.Kind.REMOTE_GIT, dev.appaloft.api.resources.SourceBinding.Kind.GIT_PUBLIC,
                dev.appaloft.api.resources.SourceBinding.Kind.GIT_GITHUB_APP,
                dev.appaloft.api.resources.SourceBinding.Kind.GIT_DEPLOY_KEY).contains(s.kind())) {
            return resource;
        }
        dev.appaloft.api.resources.SourceBinding at = new dev.appaloft.api.resources.SourceBinding(s.kind(), s.locator(),
                s.displayName(), s.sourceBindingFingerprint(), s.gitRef(), commit, s.baseDirectory(), s.originalLocator(),
                s.repositoryId(), s.repositoryFullName(), s.defaultBranch(), s.imageName(), s.imageTag(), s.imageDigest(),
                s.metadata());
        return new Resource(resource.id(), resource.organizationId(), resource.projectId(), resource.environmentId(),
                resource.destinationId(), resource.name(), resource.slug(), resource.kind(), resource.description(),
                resource.services(), at, resource.runtimeProfile(), resource.networkProfile(), resource.accessProfile(),
                resource.healthPolicy(), resource.lifecycleStatus(), resource.archivedAt(), resource.archiveReason(),
                resource.deletedAt(), resource.createdAt(), resource.variables(), resource.autoDeploy());
    }
}
