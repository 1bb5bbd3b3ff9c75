package dev.appaloft.core.deployments;

import dev.appaloft.api.Actor;
import dev.appaloft.api.deployments.DeploymentPhase;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.resources.NetworkProfile;
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
import dev.appaloft.core.deployments.sources.SourcePreparer;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.storage.StorageMounts;
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
 * Runs one deployment through its steps: detect (read the source), plan, package (build or resolve
 * the image), deploy (start a candidate beside what runs), verify (health), then retire the
 * previous instance. Every status change is saved before the next step starts, and the
 * deployment's lease guarantees that no two executors (threads or processes) run it at once. A
 * failure at any step ends the deployment {@code failed} with its phase, code and retryable flag,
 * removes the candidate and leaves the previous instance serving. The source's checkout and build
 * context are removed when the deployment ends, whatever the outcome.
 */
final class DeploymentExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(DeploymentExecutor.class);
    /** How long the old instance keeps serving after the route moved to the new one. */
    static final Duration DRAIN = Duration.ofSeconds(2);
    static final String LABEL_RESOURCE = "appaloft.resource";
    static final String LABEL_DEPLOYMENT = "appaloft.deployment";

    private final CoreContext ctx;
    private final Clock clock;
    private final DeploymentRuntimes runtimes;
    private final String owner = "executor-" + UUID.randomUUID();
    /** Deployments this executor runs now: a cancel reaches their log (and through it the runtime) at once. */
    private final Map<String, DeploymentLog> running = new java.util.concurrent.ConcurrentHashMap<>();
    /** Deployment id to organization: read once per deployment instead of before every status change. */
    private final Map<String, String> organizations = new java.util.concurrent.ConcurrentHashMap<>();

    private final ScheduledExecutorService heartbeat;
    /** Short, and renewed while the deployment runs: a crashed executor's work is free again soon. */
    private final Duration lease;
    private final DeploymentSources sources;
    private final ImageRetention retention;

    DeploymentExecutor(CoreContext ctx, Clock clock, DeploymentRuntimes runtimes, ScheduledExecutorService heartbeat,
                       Duration lease, SourcePreparer sources) {
        this.ctx = ctx;
        this.clock = clock;
        this.runtimes = runtimes;
        this.heartbeat = heartbeat;
        this.lease = lease;
        this.sources = new DeploymentSources(sources);
        this.retention = new ImageRetention(ctx);
    }

    Duration lease() {
        return lease;
    }

    static String leaseKey(String deploymentId) {
        return "deployment:" + deploymentId;
    }

    /** Claims a new deployment before it is stored, so no recovery elsewhere takes it for interrupted. */
    boolean claim(String deploymentId) {
        return ctx.store().leases().acquire(leaseKey(deploymentId), owner, lease).isPresent();
    }

    void unclaim(String deploymentId) {
        ctx.store().leases().release(leaseKey(deploymentId), owner);
    }

    /**
     * Runs the deployment unless another executor holds it; returns when it has ended, or false at
     * once when it was not ours to run.
     */
    boolean run(String deploymentId) {
        Optional<Lease> claimed = ctx.store().leases().acquire(leaseKey(deploymentId), owner, lease);
        if (claimed.isEmpty()) {
            return false;
        }
        ScheduledFuture<?> renewal = heartbeat.scheduleAtFixedRate(
                () -> ctx.store().leases().renew(leaseKey(deploymentId), owner, lease),
                lease.toMillis() / 3, lease.toMillis() / 3, TimeUnit.MILLISECONDS);
        try {
            Deployment deployment = load(deploymentId);
            if (!deployment.status().isTerminal()) {
                execute(deployment);
            }
        } finally {
            renewal.cancel(false);
            sources.discard(deploymentId);
            organizations.remove(deploymentId);
            ctx.store().leases().release(leaseKey(deploymentId), owner);
        }
        return true;
    }

    /** Asks a deployment this executor runs to stop; false when it does not run here. */
    boolean requestCancel(String deploymentId) {
        DeploymentLog log = running.get(deploymentId);
        if (log != null) {
            log.requestCancel();
        }
        return log != null;
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
        // the resource's database bindings, read now: a rotated password reaches the next deployment
        dev.appaloft.core.dependencies.DependencyBindingInjection.Injected bound = ctx.read(r -> dev.appaloft.core.dependencies.DependencyBindingInjection.variables(r,
                start.organizationId(), start.resourceId(), ctx.secrets()::open));
        environment.putAll(bound.variables());
        List<String> secretValues = java.util.stream.Stream.concat(effective.stream().filter(ConfigEntry::isSecret)
                .map(e -> ctx.secrets().open(e.value())), bound.secrets().stream()).toList();
        DeploymentLog log = new DeploymentLog(ctx.store(), clock, start.id(), secretValues)
                .onWrite(ctx.signals()::changed);
        running.put(start.id(), log);
        // a cancel recorded by another process reaches this executor within a second
        ScheduledFuture<?> watch = heartbeat.scheduleWithFixedDelay(() -> watchForCancel(start.id(), log),
                1, 1, TimeUnit.SECONDS);
        DeploymentPhase phase = DeploymentPhase.DETECT;
        RuntimeInstance candidate = null;
        DeploymentRuntime runtime = null;
        try {
            move(start.id(), DeploymentStatus.PLANNING);
            runtime = runtimes.require(plan.providerKey(), start.serverId());
            Deployment.Plan resolved = sources.resolve(start, runtime, log);
            update(start.id(), d -> d.withPlan(resolved));
            plan = resolved;

            phase = DeploymentPhase.PLAN;
            log.write(phase, RuntimeLog.Level.INFO, "plan: " + plan.detectSummary());
            move(start.id(), DeploymentStatus.PLANNED);
            move(start.id(), DeploymentStatus.RUNNING);

            phase = DeploymentPhase.PACKAGE;
            checkpoint(start.id(), log);
            boolean prebuilt = "prebuilt-image".equals(plan.buildStrategy());
            progress(start.id(), phase, prebuilt ? "deployment-progress" : "build-requested",
                    prebuilt ? "resolving image " + plan.image() : "building image " + plan.image());
            Map<String, String> labels = Map.of(LABEL_RESOURCE, start.resourceId(), LABEL_DEPLOYMENT, start.id(),
                    "appaloft.environment", start.environmentId(), "appaloft.project", start.projectId());
            Artifact artifact = runtime.prepare(plan.deploysComposeStack()
                    ? ArtifactRequest.compose(new dev.appaloft.api.runtime.ComposeStack(Path.of(plan.contextDirectory()),
                            plan.dockerfilePath(), plan.resolution().composeTarget()), labels) // compose stacks
                    : prebuilt ? ArtifactRequest.prebuilt(plan.image())
                    : ArtifactRequest.build(Path.of(plan.contextDirectory()), plan.dockerfilePath(), plan.image(), labels), log);

            phase = DeploymentPhase.DEPLOY;
            checkpoint(start.id(), log);
            progress(start.id(), phase, "deployment-progress", "starting a candidate beside the running instance");
            if (plan.exposureMode() == NetworkProfile.ExposureMode.DIRECT_PORT && plan.hostPort() != null) {
                // one port cannot be bound twice: the old instance stops first (a short gap, by design)
                log.write(phase, RuntimeLog.Level.WARN, "direct-port " + plan.hostPort() + ": the previous instance"
                        + " stops before the new one binds the port; expect a short gap");
                for (RuntimeInstance old : runtime.find(Map.of(LABEL_RESOURCE, start.resourceId()))) {
                    runtime.retire(old, log);
                }
            }
            String name = "appaloft-" + plan.resourceSlug() + "-" + start.id().substring(start.id().indexOf('_') + 1);
            // the resource's storage as attached now: every new container mounts the same data
            List<dev.appaloft.api.runtime.VolumeMount> mounts = StorageMounts.realize(ctx.read(r -> StorageMounts.plan(r,
                    start.organizationId(), start.resourceId())), runtime, log);
            // the environment's databases on this server answer by alias on their network
            dev.appaloft.api.runtime.NetworkAttachment network = ctx.read(r -> dev.appaloft.core.dependencies
                    .DependencyNetworks.forApp(r, start.organizationId(), start.environmentId(), start.serverId()))
                    .orElse(null);
            // docker swarm: the names (never the values) of the dependency secrets, which Swarm gets as Docker secrets
            Map<String, String> candidateLabels = labels;
            if ("docker-swarm".equals(plan.providerKey())) {
                String secretNames = bound.variables().entrySet().stream()
                        .filter(e -> !e.getValue().isEmpty() && bound.secrets().contains(e.getValue()))
                        .map(Map.Entry::getKey).sorted().collect(java.util.stream.Collectors.joining(","));
                candidateLabels = new java.util.HashMap<>(labels);
                candidateLabels.put("appaloft.swarm.secrets", secretNames);
                // the tasks' container check probes the resource's health path (none when its checks are off)
                candidateLabels.put("appaloft.swarm.health-path", Boolean.FALSE.equals(plan.health().enabled())
                        || plan.health().http() == null || plan.health().http().path() == null ? "none"
                        : plan.health().http().path());
            }
            candidate = runtime.startCandidate(new CandidateRequest(name, artifact.image(), environment,
                    (int) plan.internalPort(), plan.hostPort() == null ? null : plan.hostPort().intValue(), candidateLabels,
                    List.of(), mounts, network), log);
            RuntimeInstance started = candidate;
            update(start.id(), d -> d.withInstance(new Deployment.Instance(started.id(), started.name(),
                    started.hostPort(), null)));

            phase = DeploymentPhase.VERIFY;
            checkpoint(start.id(), log);
            if (Boolean.FALSE.equals(plan.health().enabled())) {
                log.write(phase, RuntimeLog.Level.WARN, "health checks are disabled for this resource; not verified");
            } else {
                progress(start.id(), phase, "deployment-progress", "verifying the candidate's health");
                HealthVerdict verdict = runtime.verify(candidate, plan.health(), log);
                captureOutput(runtime, candidate, log, verdict.healthy() ? 20 : 100);
                if (!verdict.healthy()) {
                    throw new AppaloftException(new dev.appaloft.api.error.ErrorCode("health_check_failed", 502, true),
                            "the new instance did not become healthy after " + verdict.attempts() + " probes: "
                                    + verdict.reason());
                }
            }

            phase = DeploymentPhase.DEPLOY;
            checkpoint(start.id(), log); // the last point a cancel stops the deployment: traffic moves next
            progress(start.id(), phase, "deployment-progress", "moving traffic to the new instance");
            promote(load(start.id()), runtime, candidate, log);
            Deployment promoted = load(start.id());
            log.write(phase, RuntimeLog.Level.INFO, promoted.url() == null ? "deployment succeeded"
                    : "deployment succeeded; the app answers at " + promoted.url());
            move(start.id(), DeploymentStatus.SUCCEEDED);
            retention.afterSuccess(start.withPlan(plan), runtime, log);
        } catch (Stopped | java.util.concurrent.CancellationException e) {
            canceled(start.id(), phase, log, runtime, candidate);
        } catch (AppaloftException e) {
            if (log.cancelRequested()) {
                canceled(start.id(), phase, log, runtime, candidate);
            } else {
                failed(start.id(), phase, e.code().code(), e.getMessage(), e.retryable(), log, runtime, candidate);
            }
        } catch (RuntimeException e) {
            LOG.error("deployment {} failed unexpectedly", start.id(), e);
            failed(start.id(), phase, "internal_error", "an unexpected error stopped the deployment", false, log,
                    runtime, candidate);
        } finally {
            watch.cancel(false);
            running.remove(start.id());
        }
    }

    /**
     * Moves traffic to a verified candidate and retires every other instance of the resource. The
     * instance is marked promoted (and saved) before the route changes, so recovery after a crash
     * anywhere in here finishes the switch instead of removing the instance that now serves.
     */
    void promote(Deployment deployment, DeploymentRuntime runtime, RuntimeInstance candidate, RuntimeLog log) {
        Deployment.Plan plan = deployment.plan();
        Optional<EdgeProxy> proxy = runtimes.proxy(plan.providerKey(), deployment.serverId());
        boolean routed = proxy.isPresent() && plan.routeHost() != null && candidate.hostPort() != null;
        String url = routed ? proxy.get().urlFor(plan.routeHost(), plan.pathPrefix()) : null;
        update(deployment.id(), d -> d.withInstance(new Deployment.Instance(candidate.id(), candidate.name(),
                candidate.hostPort(), null).promote(url)));
        List<RuntimeInstance> previous = runtime.find(Map.of(LABEL_RESOURCE, deployment.resourceId())).stream()
                .filter(i -> !i.id().equals(candidate.id())).toList();
        if (routed) {
            // traffic moves only now, after the candidate proved healthy
            proxy.get().route(new ProxyRoute(DeploymentRuntimes.routeId(deployment.resourceId()), plan.routeHost(), plan.pathPrefix(),
                    "127.0.0.1", candidate.hostPort()));
        }
        runtimes.instanceMoved(deployment.organizationId(), deployment.resourceId()); // its custom domains follow
        if (routed) {
            if (!previous.isEmpty()) {
                sleep(DRAIN); // requests already on their way to the old instance finish there
            }
        }
        for (RuntimeInstance old : previous) {
            runtime.retire(old, log);
        }
    }

    /**
     * The candidate's own output (its last lines) goes into the deployment log, secrets masked:
     * when it fails its health check, that is usually where the reason is.
     */
    private static void captureOutput(DeploymentRuntime runtime, RuntimeInstance candidate, DeploymentLog log, int lines) {
        try {
            for (var line : runtime.logs(candidate, lines, null)) {
                log.writeApplication(DeploymentPhase.VERIFY, line.stream() == dev.appaloft.api.runtime.InstanceLogLine.Stream.STDERR
                        ? RuntimeLog.Level.WARN : RuntimeLog.Level.INFO, line.text());
            }
        } catch (RuntimeException e) {
            log.write(DeploymentPhase.VERIFY, RuntimeLog.Level.DEBUG, "the candidate's output could not be read: "
                    + e.getMessage());
        }
    }

    /** Publishes a progress event of a running deployment (its own small transaction). */
    private void progress(String id, DeploymentPhase phase, String eventType, String summary) {
        ctx.store().transaction(tx -> {
            DeploymentJournal.record(tx, id, ctx.now(), new DeploymentJournal.Entry(eventType,
                    eventType.equals("build-requested") ? DeploymentJournal.DOMAIN_EVENT : DeploymentJournal.PROGRESS,
                    phase, DeploymentStatus.RUNNING.wire(), null, summary));
            return null;
        });
        ctx.signals().changed();
    }

    /**
     * Before every step with side effects: this executor must still hold the lease (a long step
     * may outlive it and recovery may have ended the deployment), and nobody asked it to stop.
     */
    private void checkpoint(String id, DeploymentLog log) {
        ensureStillOwned(id);
        DeploymentStatus status = load(id).status();
        if (status == DeploymentStatus.CANCEL_REQUESTED || status.isTerminal()) {
            log.requestCancel();
        }
        if (log.cancelRequested()) {
            throw new Stopped();
        }
    }

    private void watchForCancel(String id, DeploymentLog log) {
        try {
            DeploymentStatus status = load(id).status();
            if (status == DeploymentStatus.CANCEL_REQUESTED || status == DeploymentStatus.CANCELED) {
                log.requestCancel();
            }
        } catch (RuntimeException e) {
            LOG.debug("could not check deployment {} for a cancel: {}", id, e.toString());
        }
    }

    /** The deployment was asked to stop (or ended elsewhere): remove what it started, end it canceled. */
    private void canceled(String id, DeploymentPhase phase, DeploymentLog log, DeploymentRuntime runtime,
                          RuntimeInstance candidate) {
        log.write(phase, RuntimeLog.Level.WARN, "canceled: the deployment stopped at the " + phase.wire()
                + " phase; what served before keeps serving");
        retireQuietly(phase, log, runtime, candidate);
        update(id, d -> d.status() == DeploymentStatus.CANCEL_REQUESTED || d.status().canBecome(DeploymentStatus.CANCELED)
                ? d.moveTo(DeploymentStatus.CANCELED, ctx.now()) : d);
    }

    /** A cancel (or an end recorded elsewhere) seen where the executor would move on. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("the deployment was asked to stop", null, false, false);
        }
    }

    private void ensureStillOwned(String id) {
        if (ctx.store().leases().renew(leaseKey(id), owner, lease).isEmpty()) {
            throw new AppaloftException(new dev.appaloft.api.error.ErrorCode("deployment_lease_lost", 409, true),
                    "this executor lost the deployment's lease; another one ended or took it");
        }
    }

    /**
     * Ends a deployment whose executor died (called by recovery, which holds its lease): canceled
     * when a cancel was pending, otherwise failed with {@code deployment_interrupted} (retryable).
     */
    void interrupted(String id, DeploymentLog log) {
        if (load(id).status() == DeploymentStatus.CANCEL_REQUESTED) {
            log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.WARN,
                    "canceled: the control plane stopped while the cancel was pending");
            update(id, d -> d.status() == DeploymentStatus.CANCEL_REQUESTED ? d.moveTo(DeploymentStatus.CANCELED, ctx.now()) : d);
        } else {
            log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.ERROR,
                    "deployment_interrupted: the control plane stopped while this deployment ran; retry it");
            update(id, d -> d.status().isTerminal() ? d : d.fail(new Deployment.Failure(DeploymentPhase.DEPLOY,
                    "deployment_interrupted", "the control plane stopped while this deployment ran", true, ctx.now()),
                    ctx.now()));
        }
        sources.discard(id);
        organizations.remove(id);
    }

    /** Finishes a switch a crashed executor had started: the promoted instance passed verification. */
    void completeAfterCrash(String id, DeploymentRuntime runtime, RuntimeInstance promoted, DeploymentLog log) {
        log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.WARN, "the control plane stopped while traffic moved to "
                + promoted.name() + "; finishing the switch");
        promote(load(id), runtime, promoted, log);
        update(id, d -> d.status().canBecome(DeploymentStatus.SUCCEEDED) ? d.moveTo(DeploymentStatus.SUCCEEDED, ctx.now()) : d);
        organizations.remove(id);
    }

    private void failed(String id, DeploymentPhase phase, String code, String message, boolean retryable,
                        DeploymentLog log, DeploymentRuntime runtime, RuntimeInstance candidate) {
        log.write(phase, RuntimeLog.Level.ERROR, code + ": " + message);
        retireQuietly(phase, log, runtime, candidate);
        update(id, d -> d.status().isTerminal() ? d
                : d.fail(new Deployment.Failure(phase, code, message, retryable, ctx.now()), ctx.now()));
    }

    private static void retireQuietly(DeploymentPhase phase, DeploymentLog log, DeploymentRuntime runtime,
                                      RuntimeInstance candidate) {
        if (runtime != null && candidate != null) {
            try {
                runtime.retire(candidate, log);
            } catch (RuntimeException cleanup) {
                log.write(phase, RuntimeLog.Level.WARN, "the candidate could not be removed: " + cleanup.getMessage());
            }
        }
    }

    /** A move the executor makes; a deployment asked to stop (or already ended) stops the executor instead. */
    private void move(String id, DeploymentStatus next) {
        update(id, d -> {
            boolean stopping = d.status() == DeploymentStatus.CANCEL_REQUESTED && next != DeploymentStatus.SUCCEEDED;
            if (d.status().isTerminal() || stopping) {
                throw new Stopped();
            }
            return d.moveTo(next, ctx.now());
        });
    }

    void update(String id, UnaryOperator<Deployment> change) {
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
                    DeploymentJournal.record(uow.tx(), id, uow.now(), DeploymentJournal.forStatus(after));
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
