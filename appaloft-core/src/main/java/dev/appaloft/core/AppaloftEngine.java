package dev.appaloft.core;

import dev.appaloft.api.Actor;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.catalog.Operation;
import dev.appaloft.api.catalog.OperationCatalog;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.StoreUnavailableException;
import dev.appaloft.core.environments.EnvironmentBlockers;
import dev.appaloft.core.environments.EnvironmentHandlers;
import dev.appaloft.core.fleet.FleetHandlers;
import dev.appaloft.core.fleet.sync.FleetPushWorker;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.projects.ProjectHandlers;
import dev.appaloft.core.resources.ResourceBlockers;
import dev.appaloft.core.resources.ResourceHandlers;
import dev.appaloft.core.servers.ServerCredentialUsage;
import dev.appaloft.core.servers.ServerHandlers;
import dev.appaloft.core.credentials.SshCredentialHandlers;
import dev.appaloft.core.deployments.DeploymentResourceBlockers;
import dev.appaloft.core.deployments.DeploymentServerBlockers;
import dev.appaloft.core.access.AccessPolicy;
import dev.appaloft.core.extensions.ExtensionPointHandlers;
import dev.appaloft.core.identity.Authentication;
import dev.appaloft.core.identity.IdentityHandlers;
import dev.appaloft.core.operatorwork.OperatorWorkHandlers;
import dev.appaloft.core.retention.RetentionDefaultsHandlers;
import dev.appaloft.core.retention.RetentionPruneHandlers;
import dev.appaloft.core.retention.SystemHousekeeping;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkRequest;
import dev.appaloft.core.work.WorkKind;
import dev.appaloft.core.work.WorkKinds;
import dev.appaloft.core.work.Workers;
import dev.appaloft.core.deployments.DeploymentHandlers;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.api.runtime.remote.RemoteRuntimes;
import dev.appaloft.core.servers.ServerAccesses;
import dev.appaloft.core.servers.ServerConnectivityHandlers;
import dev.appaloft.core.servers.capacity.CapacityPolicyHandlers;
import dev.appaloft.core.servers.capacity.ScheduledRuntimePrune;
import dev.appaloft.core.servers.capacity.ServerCapacityHandlers;
import dev.appaloft.core.servers.ServerEdgeProxyHandlers;
import dev.appaloft.core.domains.DefaultAccessPolicyHandlers;
import dev.appaloft.core.domains.DomainBindingHandlers;
import dev.appaloft.core.domains.DomainOwnership;
import dev.appaloft.core.deployments.sources.SourceRoots;
import dev.appaloft.core.deployments.sources.SourceSettings;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.core.secrets.SecretBox;
import dev.appaloft.core.dependencies.DependencyResourceHandlers;
import dev.appaloft.core.storage.StorageAttachmentHandlers;
import dev.appaloft.core.storage.StorageRuntimeCleanupHandler;
import dev.appaloft.core.storage.StorageVolumeHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded control plane: wires the handlers of every implemented operation to a store and
 * dispatches facade calls to them.
 */
public final class AppaloftEngine implements Appaloft {

    private static final Logger LOG = LoggerFactory.getLogger(AppaloftEngine.class);

    private final Store store;
    private final HandlerRegistry handlers = new HandlerRegistry();
    private final Session systemSession;
    private final boolean closeStore;
    private final RemoteRuntimes remoteRuntimes;
    private final ScheduledExecutorService housekeeping;
    private final FleetPushWorker fleetPushWorker;
    private final Authentication authentication;
    private final WorkKinds workKinds;
    private final Workers workers;
    private final ScheduledRuntimePrune scheduledPrune;
    private final dev.appaloft.core.terminals.Terminals terminals;
    private final dev.appaloft.core.metrics.OperationMeters meters;
    private final dev.appaloft.core.monitoring.MonitoringSampler monitoringSampler;
    private final ScheduledExecutorService monitoring;
    // scheduled tasks
    private final dev.appaloft.core.tasks.TaskScheduler taskScheduler;
    // dependency backups
    private final dev.appaloft.core.dependencies.DependencyBackups dependencyBackups;

    AppaloftEngine(AppaloftEngineBuilder builder) {
        this.store = Objects.requireNonNull(builder.store, "a store is required");
        this.closeStore = builder.closeStore;
        SecretBox secrets = builder.secrets;
        if (secrets == null) {
            LOG.warn("no secret key configured: using a random one; secret values stored now cannot be read "
                    + "after a restart. Configure AppaloftEngine.builder().secretBox(...) for persistent stores.");
            secrets = AesGcmSecretBox.withKey("ephemeral", AesGcmSecretBox.newKey());
        }
        CoreContext ctx = new CoreContext(store, builder.clock, secrets);
        this.meters = new dev.appaloft.core.metrics.OperationMeters(builder.meterRegistry);
        this.remoteRuntimes = builder.remoteRuntimes;
        if (remoteRuntimes != null) {
            remoteRuntimes.recordHostKeysWith((server, fingerprint) -> ServerAccesses.trustFirstHostKey(ctx, server,
                    fingerprint));
        }
        DeploymentRuntimes runtimes = new DeploymentRuntimes(builder.runtimes, builder.proxies, builder.accessBaseDomain,
                remoteRuntimes, server -> ServerAccesses.of(ctx, server),
                server -> ServerAccesses.proxySettings(ctx, server));
        ProjectHandlers.register(handlers, ctx, List.of(new EnvironmentBlockers(), new ResourceBlockers(),
                new dev.appaloft.core.storage.StorageProjectBlockers(),
                new dev.appaloft.core.dependencies.DependencyProjectBlockers(),
                new dev.appaloft.core.domains.DomainProjectBlockers(),
                // scheduled tasks
                new dev.appaloft.core.tasks.ScheduledTaskBlockers()));
        EnvironmentHandlers.register(handlers, ctx);
        ResourceHandlers.register(handlers, ctx, runtimes, List.of(new DeploymentResourceBlockers(),
                new dev.appaloft.core.domains.DomainResourceBlockers(),
                new dev.appaloft.core.dependencies.DependencyResourceBlockers(),
                new dev.appaloft.core.terminals.TerminalBlockers(),
                // scheduled tasks
                new dev.appaloft.core.tasks.ScheduledTaskBlockers()));
        ServerConnectivityHandlers.register(handlers, ctx, remoteRuntimes, builder.runtimes);
        ServerHandlers.register(handlers, ctx, List.of(new DeploymentServerBlockers(),
                new dev.appaloft.core.dependencies.DependencyServerBlockers(),
                new dev.appaloft.core.domains.DomainServerBlockers(),
                new dev.appaloft.core.terminals.TerminalBlockers()));
        SshCredentialHandlers.register(handlers, ctx, new ServerCredentialUsage());
        FleetHandlers.register(handlers, ctx, builder.fleet);
        this.authentication = new Authentication(ctx, builder.passwords, builder.sessionTtl);
        IdentityHandlers.register(handlers, ctx, authentication);
        ExtensionPointHandlers.register(handlers, ctx, handlers::has);
        this.workKinds = new WorkKinds();
        builder.workKinds.forEach(workKinds::register);
        OperatorWorkHandlers.register(handlers, ctx, workKinds);
        RetentionDefaultsHandlers.register(handlers, ctx);
        RetentionPruneHandlers.register(handlers, ctx);
        SystemHousekeeping dailyHousekeeping = SystemHousekeeping.register(workKinds, this, store, builder.clock);
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "appaloft-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        // built before the kinds are all registered: it reads them when it claims
        this.workers = new Workers(store.work(), workKinds, builder.workerThreads, builder.workLease,
                builder.workPoll);
        DeploymentHandlers.Services deployments = DeploymentHandlers.register(handlers, ctx, builder.clock, runtimes,
                workers::wake, housekeeping,
                builder.deploymentLease,
                new SourceSettings(builder.workDirectory, builder.staticServerImage, builder.workspaceImage,
                        new SourceRoots(builder.sourceRoots)));
        ServerCapacityHandlers.register(handlers, ctx, runtimes, deployments.workspaces(), builder.stateDirectory);
        DefaultAccessPolicyHandlers.register(handlers, ctx);
        DomainBindingHandlers.Hooks domains = DomainBindingHandlers.register(handlers, ctx, runtimes,
                new DomainOwnership.Settings(builder.dnsResolver, builder.domainVerificationRetry, workers::wake),
                workKinds);
        runtimes.onInstanceMoved(domains.moved());
        dev.appaloft.core.domains.CertificateHandlers.register(handlers, ctx, runtimes);
        // acme
        dev.appaloft.core.domains.CertificateIssuance.Hooks certificates = dev.appaloft.core.domains.CertificateIssuance
                .register(handlers, ctx, runtimes, new dev.appaloft.core.domains.CertificateIssuance.Settings(
                        builder.certificateAuthority != null ? builder.certificateAuthority : builder.acme == null ? null
                                : new dev.appaloft.core.domains.AcmeCertificateAuthority(builder.acme),
                        builder.acme, builder.certificateRetryDelay, workers::wake), workKinds);
        CapacityPolicyHandlers.register(handlers, ctx);
        StorageVolumeHandlers.register(handlers, ctx);
        StorageAttachmentHandlers.register(handlers, ctx);
        StorageRuntimeCleanupHandler.register(handlers, ctx, runtimes);
        DependencyResourceHandlers.register(handlers, ctx, runtimes, builder.dependencyImages,
                builder.dependencyReadyTimeout);
        this.terminals = dev.appaloft.core.terminals.TerminalSessionHandlers.register(handlers, ctx, runtimes,
                builder.terminalLimits);
        this.scheduledPrune = ScheduledRuntimePrune.register(workKinds, this, store, builder.clock, runtimes);
        this.monitoringSampler = dev.appaloft.core.monitoring.RuntimeMonitoring.register(handlers, ctx, runtimes,
                builder.monitoring);
        // scheduled tasks
        dev.appaloft.core.tasks.ScheduledTaskHandlers.register(handlers, ctx);
        dev.appaloft.core.tasks.ScheduledTaskRunHandlers.register(handlers, ctx, workers::wake);
        dev.appaloft.core.tasks.TaskRunner.register(workKinds, ctx, runtimes);
        this.taskScheduler = new dev.appaloft.core.tasks.TaskScheduler(store, builder.clock, builder.scheduledTaskTick);
        ServerEdgeProxyHandlers.register(handlers, ctx, remoteRuntimes, runtimes::localProxy,
                deployments.restoreRoutes()::accept);
        boolean anyRuntime = !builder.runtimes.isEmpty() || remoteRuntimes != null;
        dev.appaloft.core.system.SystemHandlers.register(handlers, new dev.appaloft.core.system.SystemInventory(store,
                Map.copyOf(builder.runtimes), remoteRuntimes, Map.copyOf(builder.proxies), builder.accessBaseDomain,
                builder.plugins(), new dev.appaloft.core.system.SystemInventory.Workers(builder.dailyHousekeeping,
                builder.scheduledRuntimePrune, builder.monitoring, anyRuntime, builder.scheduledTaskTick,
                builder.acme != null || builder.certificateAuthority != null, builder.certificateSweep,
                builder.certificateRetryDelay), builder.secrets == null));
        dev.appaloft.core.system.InstanceUpgrades.register(handlers, ctx, builder.instanceUpgrade != null
                ? builder.instanceUpgrade : dev.appaloft.api.system.InstanceUpgradeSettings.none("development"));
        // runtime log archives and static artifacts
        dev.appaloft.api.artifacts.ArtifactStore artifacts = dev.appaloft.core.artifacts.DefaultArtifactStore.of(
                builder.artifactStore, builder.stateDirectory, builder.workDirectory);
        dev.appaloft.core.logarchives.LogArchiveHandlers.register(handlers, ctx, runtimes, artifacts);
        dev.appaloft.core.staticartifacts.StaticArtifactHandlers.register(handlers, ctx, runtimes, artifacts,
                new dev.appaloft.core.deployments.sources.SourceRoots(builder.sourceRoots));
        // preview environments: a pull request's preview deploys through deployments.create too
        dev.appaloft.core.previews.PreviewLifecycle previews = dev.appaloft.core.previews.PreviewHandlers.register(
                handlers, ctx, runtimes,
                (input, actor) -> execute(dev.appaloft.api.catalog.DeploymentOperations.DEPLOYMENTS_CREATE, input, actor));
        // source events: pushes deploy through deployments.create, under its own access rules
        dev.appaloft.core.sources.SourceEventHandlers.register(handlers, ctx,
                dev.appaloft.core.sources.GitHubWebhookSecret.of(secrets, builder.githubWebhookSecret), builder.gitHubApp,
                (input, commit, actor) -> {
                    // the facade's access check, then the create pinned to the pushed commit
                    dev.appaloft.core.access.AccessPolicy.check(dev.appaloft.api.catalog.DeploymentOperations.DEPLOYMENTS_CREATE,
                            input, actor);
                    return deployments.pinnedCreate().create(input, commit, actor);
                },
                previews);
        builder.githubWebhookSecret = null; // sealed above; the plain value is not kept
        // audit events
        dev.appaloft.core.audit.AuditEventHandlers.register(handlers, ctx);
        this.systemSession = as(Actor.system(builder.systemActorName));
        this.fleetPushWorker = FleetPushWorker.start(this, ctx, builder.fleet);
        // dependency backups
        this.dependencyBackups = dev.appaloft.core.dependencies.DependencyBackups.register(handlers, ctx, runtimes,
                workKinds, artifacts, workers::wake);
        workKinds.register(deployments.work());
        Runnable recovery = deployments.recovery();
        recovery.run();
        domains.restoreAll().run(); // after the apps' routes: a local proxy starts empty
        certificates.installAll().run(); // acme: and without certificates
        workers.start();
        housekeeping.scheduleWithFixedDelay(() -> {
            try {
                recovery.run();
            } catch (RuntimeException e) {
                LOG.warn("deployment recovery sweep failed: {}", e.toString());
            }
        }, 30, 30, TimeUnit.SECONDS);
        if (builder.scheduledRuntimePrune) {
            housekeeping.scheduleWithFixedDelay(scheduledPrune.tick(this::enqueueAsIs), 1, 600, TimeUnit.SECONDS);
        }
        // its own thread: a pass waits on the engines' one-shot stats, which must not hold up recovery
        this.monitoring = builder.monitoring.enabled() && anyRuntime ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "appaloft-monitoring");
            thread.setDaemon(true);
            return thread;
        }) : null;
        if (monitoring != null) {
            long every = builder.monitoring.interval().toMillis();
            monitoring.scheduleWithFixedDelay(monitoringSampler.tick(), every, every, TimeUnit.MILLISECONDS);
        }
        if (builder.dailyHousekeeping) {
            housekeeping.scheduleWithFixedDelay(dailyHousekeeping.daily(this::enqueue), 0, 10, TimeUnit.MINUTES);
        }
        // scheduled tasks
        if (!builder.scheduledTaskTick.isZero()) {
            long every = builder.scheduledTaskTick.toMillis();
            housekeeping.scheduleWithFixedDelay(taskScheduler.tick(this::enqueue), every, every, TimeUnit.MILLISECONDS);
        }
        // dependency backups
        if (builder.scheduledDependencyBackups) {
            housekeeping.scheduleWithFixedDelay(dependencyBackups.tick(), 20, 60, TimeUnit.SECONDS);
        }
        // acme: due renewals and retries of managed certificates
        housekeeping.scheduleWithFixedDelay(() -> {
            try {
                certificates.sweep().run();
            } catch (RuntimeException e) {
                LOG.warn("certificate renewal sweep failed: {}", e.toString());
            }
        }, builder.certificateSweep.toMillis(), builder.certificateSweep.toMillis(), TimeUnit.MILLISECONDS);
    }

    public static AppaloftEngineBuilder builder() {
        return new AppaloftEngineBuilder();
    }

    @Override
    public <I, O> O execute(Operation<I, O> operation, I input, Actor actor) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(actor, "actor");
        return meters.time(operation, () -> run(operation, input, actor));
    }

    private <I, O> O run(Operation<I, O> operation, I input, Actor actor) {
        AccessPolicy.check(operation, input, actor);
        Handler<I, O> handler = handlers.find(operation)
                .orElseThrow(() -> AppaloftException.notImplemented(operation.key()));
        if (input == null) {
            throw AppaloftException.validation("(input)", "an input is required");
        }
        try {
            return handler.handle(input, actor);
        } catch (StoreUnavailableException e) {
            throw new AppaloftException(ErrorCode.STORE_UNAVAILABLE, "the store is unavailable; try again",
                    List.of(), Map.of(), e);
        }
    }

    @Override
    public Session as(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return new Session() {
            @Override
            public Actor actor() {
                return actor;
            }

            @Override
            public <I, O> O execute(Operation<I, O> operation, I input) {
                return AppaloftEngine.this.execute(operation, input, actor);
            }
        };
    }

    @Override
    public Session system() {
        return systemSession;
    }

    @Override
    public boolean isImplemented(Operation<?, ?> operation) {
        return handlers.has(operation);
    }

    @Override
    public List<Operation<?, ?>> implementedOperations() {
        return OperationCatalog.all().stream().filter(handlers::has).toList();
    }

    /**
     * Sign-in, sign-out and bearer-secret authentication (session and deploy tokens): how a caller
     * obtains the {@link Actor} the facade then runs operations as.
     */
    public Authentication authentication() {
        return authentication;
    }

    /**
     * Puts work on the shared queue for a registered {@link WorkKind}, with that kind's attempt limit,
     * and wakes this process's idle workers. To commit work with other writes, enqueue through
     * {@code StoreTransaction.enqueue} (then the request's own limit applies).
     */
    public WorkItem enqueue(WorkRequest request) {
        WorkKind kind = workKinds.find(request.kind()).orElseThrow(() -> new IllegalArgumentException(
                "no work kind " + request.kind() + " is registered"));
        WorkItem item = store.work().enqueue(request.withMaxAttempts(kind.retry().maxAttempts()));
        workers.wake();
        return item;
    }

    /**
     * Hands this hour's scheduled runtime prunes to the workers now, as the scheduler does every
     * ten minutes when {@link Builder#scheduledRuntimePrune} is on: one item per server with an
     * enabled capacity policy (the same hour's item again is the same item). Returns how many
     * servers have one.
     */
    public int scheduleRuntimePrunes() {
        return scheduledPrune.enqueueDue(this::enqueueAsIs);
    }

    /**
     * One runtime monitoring pass now, as the sampler runs every interval: reads every active
     * server, stores the samples, compacts old ones and evaluates thresholds. Returns how many
     * samples it stored.
     */
    public int sampleRuntimeMonitoring() {
        return monitoringSampler.sample();
    }

    // the request's own attempt limit is kept: it says whether the policy retries a failed run
    private WorkItem enqueueAsIs(WorkRequest request) {
        WorkItem item = store.work().enqueue(request);
        workers.wake();
        return item;
    }

    // scheduled tasks
    /**
     * Puts the due times of every enabled scheduled task up to the next two ticks on the work
     * queue now, as the scheduler does every tick (the same due time again is the same item).
     * Returns how many it enqueued.
     */
    public int scheduleTaskRuns() {
        return taskScheduler.enqueueDue(this::enqueue);
    }

    // dependency backups
    /**
     * Starts the backups of every backup policy due now, as the scheduler does every minute when
     * {@link AppaloftEngineBuilder#scheduledDependencyBackups} is on. Returns how many started.
     */
    public int runDueDependencyBackups() {
        return dependencyBackups.runDuePolicies();
    }

    /** Where a client attaches to a terminal session's shell (the HTTP layer's WebSocket). */
    public dev.appaloft.core.terminals.Terminals terminals() {
        return terminals;
    }

    /** The store this engine runs on (for readiness checks). */
    public Store store() {
        return store;
    }

    /** Stops taking detached deployments, lets running ones end (up to 30 s), then closes the store. */
    @Override
    public void close() {
        if (fleetPushWorker != null) {
            fleetPushWorker.close();
        }
        housekeeping.shutdownNow();
        terminals.close();
        if (monitoring != null) {
            monitoring.shutdownNow();
        }
        // running deployments are work items: each gets up to 30 s to end; one still running is
        // retried by a worker (and so ended as interrupted) after its lease expires
        workers.close(Duration.ofSeconds(30));
        if (remoteRuntimes != null) {
            remoteRuntimes.close();
        }
        if (closeStore) {
            store.close();
        }
    }
}
