package dev.appaloft.core.deployments;

import dev.appaloft.api.Actor;
import dev.appaloft.api.deployments.DeploymentPhase;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.runtime.Artifact;
import dev.appaloft.api.runtime.ArtifactRequest;
import dev.appaloft.api.runtime.CandidateRequest;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.EdgeProxy;
import dev.appaloft.api.runtime.ProxyRoute;
import dev.appaloft.api.runtime.HealthVerdict;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.runtime.RuntimeLog;
import dev.appaloft.api.store.Lease;
import dev.appaloft.core.config.ConfigEntry;
import dev.appaloft.core.config.Precedence;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Versioned;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one deployment through its steps: plan, package (build or resolve the image), deploy (start
 * a candidate beside what runs), verify (health), then retire the previous instance. Every status
 * change is saved before the next step starts, and the deployment's lease guarantees that no two
 * executors (threads or processes) run it at once. A failure at any step ends the deployment
 * {@code failed} with its phase, code and retryable flag, removes the candidate and leaves the
 * previous instance serving.
 */
final class DeploymentExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(DeploymentExecutor.class);
    /** Short, and renewed while the deployment runs: a crashed executor's work is free again soon. */
    static final Duration LEASE = Duration.ofSeconds(60);
    static final Duration RENEW_EVERY = Duration.ofSeconds(20);
    /** How long the old instance keeps serving after the route moved to the new one. */
    static final Duration DRAIN = Duration.ofSeconds(2);
    static final String LABEL_RESOURCE = "appaloft.resource";
    static final String LABEL_DEPLOYMENT = "appaloft.deployment";

    private final CoreContext ctx;
    private final Clock clock;
    private final DeploymentRuntimes runtimes;
    private final String owner = "executor-" + UUID.randomUUID();
    /** Deployment id to organization: read once per deployment instead of before every status change. */
    private final Map<String, String> organizations = new java.util.concurrent.ConcurrentHashMap<>();

    private final ScheduledExecutorService heartbeat;

    DeploymentExecutor(CoreContext ctx, Clock clock, DeploymentRuntimes runtimes, ScheduledExecutorService heartbeat) {
        this.ctx = ctx;
        this.clock = clock;
        this.runtimes = runtimes;
        this.heartbeat = heartbeat;
    }

    static String leaseKey(String deploymentId) {
        return "deployment:" + deploymentId;
    }

    /** Claims a new deployment before it is stored, so no recovery elsewhere takes it for interrupted. */
    boolean claim(String deploymentId) {
        return ctx.store().leases().acquire(leaseKey(deploymentId), owner, LEASE).isPresent();
    }

    void unclaim(String deploymentId) {
        ctx.store().leases().release(leaseKey(deploymentId), owner);
    }

    /** Runs the deployment unless another executor holds it; returns when it has ended (or was not ours). */
    void run(String deploymentId) {
        Optional<Lease> lease = ctx.store().leases().acquire(leaseKey(deploymentId), owner, LEASE);
        if (lease.isEmpty()) {
            return;
        }
        ScheduledFuture<?> renewal = heartbeat.scheduleAtFixedRate(
                () -> ctx.store().leases().renew(leaseKey(deploymentId), owner, LEASE),
                RENEW_EVERY.toMillis(), RENEW_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        try {
            Deployment deployment = load(deploymentId);
            if (!deployment.status().isTerminal()) {
                execute(deployment);
            }
        } finally {
            renewal.cancel(false);
            organizations.remove(deploymentId);
            ctx.store().leases().release(leaseKey(deploymentId), owner);
        }
    }

    private void execute(Deployment start) {
        Deployment.Plan plan = start.plan();
        List<ConfigEntry> effective = Precedence.effective(start.snapshot().variables());
        Map<String, String> environment = new LinkedHashMap<>();
        for (ConfigEntry e : effective) {
            if (e.exposure() == dev.appaloft.api.variables.VariableExposure.RUNTIME) {
                environment.put(e.key(), e.isSecret() ? ctx.secrets().open(e.value()) : e.value());
            }
        }
        environment.putIfAbsent("PORT", String.valueOf(plan.internalPort()));
        List<String> secretValues = effective.stream().filter(ConfigEntry::isSecret)
                .map(e -> ctx.secrets().open(e.value())).toList();
        DeploymentLog log = new DeploymentLog(ctx.store(), clock, start.id(), secretValues);
        DeploymentPhase phase = DeploymentPhase.PLAN;
        RuntimeInstance candidate = null;
        DeploymentRuntime runtime = null;
        try {
            move(start.id(), DeploymentStatus.PLANNING);
            log.write(phase, RuntimeLog.Level.INFO, "plan: " + plan.detectSummary());
            runtime = runtimes.require(plan.providerKey());
            move(start.id(), DeploymentStatus.PLANNED);
            move(start.id(), DeploymentStatus.RUNNING);

            phase = DeploymentPhase.PACKAGE;
            Map<String, String> labels = Map.of(LABEL_RESOURCE, start.resourceId(), LABEL_DEPLOYMENT, start.id(),
                    "appaloft.environment", start.environmentId(), "appaloft.project", start.projectId());
            Artifact artifact = runtime.prepare("prebuilt-image".equals(plan.buildStrategy())
                    ? ArtifactRequest.prebuilt(plan.image())
                    : ArtifactRequest.build(Path.of(plan.contextDirectory()), plan.dockerfilePath(), plan.image(), labels), log);

            phase = DeploymentPhase.DEPLOY;
            ensureStillOwned(start.id());
            String name = "appaloft-" + plan.resourceSlug() + "-" + start.id().substring(start.id().indexOf('_') + 1);
            candidate = runtime.startCandidate(new CandidateRequest(name, artifact.image(), environment,
                    (int) plan.internalPort(), plan.hostPort() == null ? null : plan.hostPort().intValue(), labels,
                    List.of()), log);
            RuntimeInstance started = candidate;
            update(start.id(), d -> d.withInstance(new Deployment.Instance(started.id(), started.name(),
                    started.hostPort(), null)));

            phase = DeploymentPhase.VERIFY;
            if (Boolean.FALSE.equals(plan.health().enabled())) {
                log.write(phase, RuntimeLog.Level.WARN, "health checks are disabled for this resource; not verified");
            } else {
                HealthVerdict verdict = runtime.verify(candidate, plan.health(), log);
                if (!verdict.healthy()) {
                    throw new AppaloftException(new dev.appaloft.api.error.ErrorCode("health_check_failed", 502, true),
                            "the new instance did not become healthy after " + verdict.attempts() + " probes: "
                                    + verdict.reason());
                }
            }

            phase = DeploymentPhase.DEPLOY;
            ensureStillOwned(start.id());
            List<RuntimeInstance> previous = runtime.find(Map.of(LABEL_RESOURCE, start.resourceId())).stream()
                    .filter(i -> !i.id().equals(started.id())).toList();
            Optional<EdgeProxy> proxy = runtimes.proxy(plan.providerKey());
            if (proxy.isPresent() && plan.routeHost() != null && candidate.hostPort() != null) {
                // traffic moves only now, after the candidate proved healthy
                proxy.get().route(new ProxyRoute(DeploymentRuntimes.routeId(start.resourceId()), plan.routeHost(), plan.pathPrefix(),
                        "127.0.0.1", candidate.hostPort()));
                String url = proxy.get().urlFor(plan.routeHost(), plan.pathPrefix());
                update(start.id(), d -> d.withInstance(new Deployment.Instance(started.id(), started.name(),
                        started.hostPort(), url)));
                if (!previous.isEmpty()) {
                    sleep(DRAIN); // requests already on their way to the old instance finish there
                }
            }
            for (RuntimeInstance old : previous) {
                runtime.retire(old, log);
            }
            move(start.id(), DeploymentStatus.SUCCEEDED);
            log.write(phase, RuntimeLog.Level.INFO, "deployment succeeded; the app answers at "
                    + load(start.id()).url());
        } catch (AppaloftException e) {
            failed(start.id(), phase, e.code().code(), e.getMessage(), e.retryable(), log, runtime, candidate);
        } catch (RuntimeException e) {
            LOG.error("deployment {} failed unexpectedly", start.id(), e);
            failed(start.id(), phase, "internal_error", "an unexpected error stopped the deployment", false, log,
                    runtime, candidate);
        }
    }

    /**
     * A long step may outlive the lease (a stalled engine, a paused process); recovery may then have
     * ended the deployment. Checked before every step with side effects, so a fenced-off executor
     * stops instead of starting containers for a deployment that is already over.
     */
    private void ensureStillOwned(String id) {
        if (ctx.store().leases().renew(leaseKey(id), owner, LEASE).isEmpty()) {
            throw new AppaloftException(new dev.appaloft.api.error.ErrorCode("deployment_lease_lost", 409, true),
                    "this executor lost the deployment's lease; another one ended or took it");
        }
    }

    /** Ends a deployment whose executor died (called by recovery, which holds its lease). */
    void interrupted(String id, DeploymentLog log) {
        log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.ERROR,
                "deployment_interrupted: the control plane stopped while this deployment ran; retry it");
        update(id, d -> d.status().isTerminal() ? d : d.fail(new Deployment.Failure(DeploymentPhase.DEPLOY,
                "deployment_interrupted", "the control plane stopped while this deployment ran", true, ctx.now()),
                ctx.now()));
        organizations.remove(id);
    }

    private void failed(String id, DeploymentPhase phase, String code, String message, boolean retryable,
                        DeploymentLog log, DeploymentRuntime runtime, RuntimeInstance candidate) {
        log.write(phase, RuntimeLog.Level.ERROR, code + ": " + message);
        if (runtime != null && candidate != null) {
            try {
                runtime.retire(candidate, log);
            } catch (RuntimeException cleanup) {
                log.write(phase, RuntimeLog.Level.WARN, "the failed candidate could not be removed: " + cleanup.getMessage());
            }
        }
        update(id, d -> d.status().isTerminal() ? d
                : d.fail(new Deployment.Failure(phase, code, message, retryable, ctx.now()), ctx.now()));
    }

    private void move(String id, DeploymentStatus next) {
        update(id, d -> d.moveTo(next, ctx.now()));
    }

    private void update(String id, UnaryOperator<Deployment> change) {
        // the engine acts within the deployment's organization (ids are global, so its id finds it)
        String organizationId = organizations.computeIfAbsent(id, key -> load(key).organizationId());
        Actor engine = new Actor(Actor.Kind.SYSTEM, "deployment-engine", organizationId, Actor.Role.OWNER);
        ctx.command(engine, "deployments.execute", uow -> {
            Versioned<Deployment> before = DeploymentRepository.require(uow.tx(), null, id);
            Deployment after = change.apply(before.value());
            if (!after.equals(before.value())) {
                DeploymentRepository.update(uow.tx(), before, after, uow.now());
                if (after.status() != before.value().status()) {
                    Map<String, Object> payload = new LinkedHashMap<>();
                    payload.put("status", after.status().wire());
                    payload.put("resourceId", after.resourceId());
                    if (after.failure() != null) {
                        payload.put("errorCode", after.failure().code());
                        payload.put("failurePhase", after.failure().phase().wire());
                        payload.put("retryable", after.failure().retryable());
                    }
                    uow.event(eventType(after.status()), id, payload);
                }
            }
            return null;
        });
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The original's event names. */
    static String eventType(DeploymentStatus status) {
        return switch (status) {
            case PLANNING -> "deployment.planning_started";
            case PLANNED -> "deployment.planned";
            case RUNNING -> "deployment.started";
            case CANCEL_REQUESTED -> "deployment.cancel_requested";
            case CANCELED -> "deployment.canceled";
            default -> "deployment.finished";
        };
    }

    private Deployment load(String id) {
        return ctx.read(r -> DeploymentRepository.require(r, null, id)).value();
    }
}
