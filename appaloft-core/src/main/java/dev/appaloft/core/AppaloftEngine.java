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
import dev.appaloft.core.fleet.FleetOptions;
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
import dev.appaloft.core.deployments.DeploymentServerBlockers;
import dev.appaloft.core.access.AccessPolicy;
import dev.appaloft.core.extensions.ExtensionPointHandlers;
import dev.appaloft.core.identity.Authentication;
import dev.appaloft.core.identity.IdentityHandlers;
import dev.appaloft.core.identity.Passwords;
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
import java.nio.file.Path;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.EdgeProxy;
import java.util.HashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.core.secrets.SecretBox;
import dev.appaloft.core.dependencies.DependencyResourceHandlers;
import dev.appaloft.api.dependencies.DependencyKind;
import dev.appaloft.core.storage.StorageAttachmentHandlers;
import dev.appaloft.core.storage.StorageRuntimeCleanupHandler;
import dev.appaloft.core.storage.StorageVolumeHandlers;
import java.time.Clock;
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

    private AppaloftEngine(Builder builder) {
        this.store = Objects.requireNonNull(builder.store, "a store is required");
        this.closeStore = builder.closeStore;
        SecretBox secrets = builder.secrets;
        if (secrets == null) {
            LOG.warn("no secret key configured: using a random one; secret values stored now cannot be read "
                    + "after a restart. Configure AppaloftEngine.builder().secretBox(...) for persistent stores.");
            secrets = AesGcmSecretBox.withKey("ephemeral", AesGcmSecretBox.newKey());
        }
        CoreContext ctx = new CoreContext(store, builder.clock, secrets);
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
                new dev.appaloft.core.domains.DomainProjectBlockers()));
        EnvironmentHandlers.register(handlers, ctx);
        ResourceHandlers.register(handlers, ctx, runtimes, List.of(new dev.appaloft.core.domains.DomainResourceBlockers(),
                new dev.appaloft.core.dependencies.DependencyResourceBlockers()));
        ServerConnectivityHandlers.register(handlers, ctx, remoteRuntimes, builder.runtimes.keySet());
        ServerHandlers.register(handlers, ctx, List.of(new DeploymentServerBlockers(),
                new dev.appaloft.core.dependencies.DependencyServerBlockers(),
                new dev.appaloft.core.domains.DomainServerBlockers()));
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
        dev.appaloft.core.domains.CertificateHandlers.register(handlers, ctx);
        CapacityPolicyHandlers.register(handlers, ctx);
        StorageVolumeHandlers.register(handlers, ctx);
        StorageAttachmentHandlers.register(handlers, ctx);
        StorageRuntimeCleanupHandler.register(handlers, ctx, runtimes);
        DependencyResourceHandlers.register(handlers, ctx, runtimes, builder.dependencyImages,
                builder.dependencyReadyTimeout);
        this.scheduledPrune = ScheduledRuntimePrune.register(workKinds, this, store, builder.clock, runtimes);
        ServerEdgeProxyHandlers.register(handlers, ctx, remoteRuntimes, runtimes::localProxy,
                deployments.restoreRoutes()::accept);
        this.systemSession = as(Actor.system(builder.systemActorName));
        this.fleetPushWorker = FleetPushWorker.start(this, ctx, builder.fleet);
        workKinds.register(deployments.work());
        Runnable recovery = deployments.recovery();
        recovery.run();
        domains.restoreAll().run(); // after the apps' routes: a local proxy starts empty
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
        if (builder.dailyHousekeeping) {
            housekeeping.scheduleWithFixedDelay(dailyHousekeeping.daily(this::enqueue), 0, 10, TimeUnit.MINUTES);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public <I, O> O execute(Operation<I, O> operation, I input, Actor actor) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(actor, "actor");
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

    // the request's own attempt limit is kept: it says whether the policy retries a failed run
    private WorkItem enqueueAsIs(WorkRequest request) {
        WorkItem item = store.work().enqueue(request);
        workers.wake();
        return item;
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

    /** Configures an engine; only the store is required. */
    public static final class Builder {
        private Store store;
        private boolean closeStore = true;
        private Clock clock = Clock.systemUTC();
        private SecretBox secrets;
        private String systemActorName = "host-application";
        private final Map<String, DeploymentRuntime> runtimes = new HashMap<>();
        private RemoteRuntimes remoteRuntimes;
        private final Map<String, EdgeProxy> proxies = new HashMap<>();
        private String accessBaseDomain = "localhost";
        private Duration deploymentLease = Duration.ofSeconds(60);
        private Path workDirectory;
        private String staticServerImage = SourceSettings.DEFAULT_BASE_IMAGE;
        private String workspaceImage = SourceSettings.DEFAULT_BASE_IMAGE;
        private List<Path> sourceRoots = List.of();
        private final Map<DependencyKind, String> dependencyImages = new java.util.EnumMap<>(DependencyKind.class);
        private Duration dependencyReadyTimeout = Duration.ofSeconds(90);
        private FleetOptions fleet = FleetOptions.defaults();
        private Duration sessionTtl = Duration.ofDays(7);
        private Passwords passwords;
        private final List<WorkKind> workKinds = new java.util.ArrayList<>();
        private int workerThreads = 4;
        private Duration workLease = Duration.ofSeconds(60);
        private Duration workPoll = Duration.ofSeconds(1);
        private boolean dailyHousekeeping = true;
        private boolean scheduledRuntimePrune;
        private Path stateDirectory;
        private dev.appaloft.api.domains.DnsResolver dnsResolver;
        private dev.appaloft.api.store.work.RetryPolicy domainVerificationRetry;

        private Builder() {
        }

        /**
         * The DNS lookups of domain ownership checks (TXT records, addresses); default the
         * system's resolvers through the JDK's JNDI DNS provider.
         */
        public Builder dnsResolver(dev.appaloft.api.domains.DnsResolver resolver) {
            this.dnsResolver = Objects.requireNonNull(resolver);
            return this;
        }

        /**
         * How a retried domain verification is checked again until ownership is proven: attempts
         * and backoff (default 6 checks, 30 s doubling up to 15 min).
         */
        public Builder domainVerificationRetry(dev.appaloft.api.store.work.RetryPolicy retry) {
            this.domainVerificationRetry = Objects.requireNonNull(retry);
            return this;
        }

        /**
         * A kind of background work this engine's workers run from the shared queue (the
         * application's own, next to the built-in ones). Every process on a store should register
         * the same kinds: a kind nobody runs waits in the queue.
         */
        public Builder workKind(WorkKind kind) {
            workKinds.add(Objects.requireNonNull(kind));
            return this;
        }

        /**
         * Worker threads that run queued work, detached deployments included (default 4), the lease each holds on its item (default
         * 60 s, renewed every third of it) and how often an idle worker polls (default 1 s).
         */
        public Builder workers(int threads, Duration lease, Duration poll) {
            if (threads < 1 || lease.compareTo(Duration.ofSeconds(1)) < 0 || poll.isNegative() || poll.isZero()) {
                throw new IllegalArgumentException("workers need >= 1 thread, a lease >= 1 s and a positive poll");
            }
            this.workerThreads = threads;
            this.workLease = lease;
            this.workPoll = poll;
            return this;
        }

        /**
         * Whether this engine enqueues the daily housekeeping item (default yes), which applies the
         * retention defaults ({@code retentionDefaults.*}); with none configured it prunes nothing.
         * Its workers run the item either way, whichever process enqueued it.
         */
        public Builder dailyHousekeeping(boolean enabled) {
            this.dailyHousekeeping = enabled;
            return this;
        }

        /**
         * Whether this engine hands scheduled runtime prunes to the workers (default no): every ten
         * minutes, each server with an enabled {@code servers.capacity.policy} gets that hour's run
         * (one item per server and hour however many processes share the store). Its workers run
         * such items either way, whichever process enqueued them.
         */
        public Builder scheduledRuntimePrune(boolean enabled) {
            this.scheduledRuntimePrune = enabled;
            return this;
        }

        /**
         * Where the control plane keeps its state (the server's data directory): capacity readings
         * of servers on this host report it, and never prune it.
         */
        public Builder stateDirectory(Path directory) {
            this.stateDirectory = Objects.requireNonNull(directory);
            return this;
        }

        /** The store; the engine closes it on {@link #close()} unless {@code closeWithEngine} is false. */
        public Builder store(Store value, boolean closeWithEngine) {
            this.store = value;
            this.closeStore = closeWithEngine;
            return this;
        }

        public Builder store(Store value) {
            return store(value, true);
        }

        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value);
            return this;
        }

        /** Seals secret values at rest; give the same key on every start of a persistent store. */
        public Builder secretBox(SecretBox value) {
            this.secrets = Objects.requireNonNull(value);
            return this;
        }

        /** The name the host application's system actor appears under in audit records. */
        public Builder systemActorName(String value) {
            this.systemActorName = Objects.requireNonNull(value);
            return this;
        }

        /**
         * The runtime that deploys to servers of {@code providerKey} ({@code local-shell}: this
         * host's Docker engine). Without one, deployments to such servers answer
         * {@code provider_not_configured}.
         */
        public Builder runtime(String providerKey, DeploymentRuntime runtime) {
            runtimes.put(Objects.requireNonNull(providerKey), Objects.requireNonNull(runtime));
            return this;
        }

        /**
         * The runtimes of servers reached over the network (e.g. {@code SshRuntimes} for
         * {@code generic-ssh}): each such server gets its own, logging in with the server's
         * credential. The engine closes them when it closes.
         */
        public Builder remoteRuntimes(RemoteRuntimes remote) {
            this.remoteRuntimes = Objects.requireNonNull(remote);
            return this;
        }

        /**
         * The edge proxy of servers of {@code providerKey}: a resource exposed through the reverse
         * proxy gets a stable URL there, switched to each new instance once it is healthy.
         */
        public Builder edgeProxy(String providerKey, EdgeProxy proxy) {
            proxies.put(Objects.requireNonNull(providerKey), Objects.requireNonNull(proxy));
            return this;
        }

        /** Generated hosts are {@code <resource>-<environment>.<domain>} ({@code localhost} by default). */
        public Builder accessBaseDomain(String domain) {
            this.accessBaseDomain = Objects.requireNonNull(domain);
            return this;
        }

        /**
         * How long a deployment's claim outlives its executor (default 60 s; renewed every third of
         * it): after a crash, another engine on the same store ends the deployment once this passed.
         */
        public Builder deploymentLease(Duration ttl) {
            if (ttl.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("a deployment lease shorter than a second would expire while renewing");
            }
            this.deploymentLease = ttl;
            return this;
        }

        /**
         * Where deployments check out git sources, extract zip artifacts and generate build
         * contexts, one folder per deployment, removed when it ends (default: a temporary folder).
         */
        public Builder workDirectory(Path directory) {
            this.workDirectory = Objects.requireNonNull(directory);
            return this;
        }

        /**
         * The base image of {@code static} resources: the publish folder is copied into it and served
         * by busybox {@code httpd} on the resource's port ({@value SourceSettings#DEFAULT_BASE_IMAGE}
         * by default, which every Appaloft host has).
         */
        public Builder staticServerImage(String image) {
            this.staticServerImage = Objects.requireNonNull(image);
            return this;
        }

        /**
         * The base image {@code workspace-commands} run in (install and build at build time, start as
         * the container's command); it must have {@code sh} and the tools the commands call, e.g. a
         * {@code node} image for npm projects ({@value SourceSettings#DEFAULT_BASE_IMAGE} by default).
         */
        /**
         * The image managed databases of {@code kind} run (the official {@code postgres:16-alpine},
         * {@code redis:7-alpine}, {@code mysql:8.4} by default). An image the server's engine has is
         * used as it is; otherwise it is pulled, and a failed pull fails the provisioning.
         */
        public Builder dependencyImage(DependencyKind kind, String image) {
            Objects.requireNonNull(kind, "kind");
            if (image == null || image.isBlank()) {
                throw new IllegalArgumentException("a dependency image must be named");
            }
            this.dependencyImages.put(kind, image.strip());
            return this;
        }

        /** How long a newly provisioned database may take to accept connections (90 s by default). */
        public Builder dependencyReadyTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the ready timeout must be positive");
            }
            this.dependencyReadyTimeout = timeout;
            return this;
        }

        public Builder workspaceImage(String image) {
            this.workspaceImage = Objects.requireNonNull(image);
            return this;
        }

        /**
         * The host folders deployments may read sources from (local folders and repositories, zip
         * files, {@code file://} URLs); outside them a deployment is refused with a 400 on
         * {@code source.locator}. None (the default) means no limit: fine when the embedding
         * application is the only caller, not for a server others reach.
         */
        public Builder sourceRoots(List<Path> roots) {
            this.sourceRoots = List.copyOf(roots);
            return this;
        }

        /** Settings of the Alien fleet API (lease time of sync sessions, public URL, ...). */
        public Builder fleet(FleetOptions options) {
            this.fleet = Objects.requireNonNull(options);
            return this;
        }

        /** How long a signed-in session lasts (default 7 days, as in the original). */
        public Builder sessionTtl(Duration ttl) {
            if (ttl.compareTo(Duration.ofMinutes(1)) < 0) {
                throw new IllegalArgumentException("a session shorter than a minute is not usable");
            }
            this.sessionTtl = ttl;
            return this;
        }

        /** The password hashing (default Argon2id at OWASP's recommended cost); tests may lower the cost. */
        public Builder passwords(Passwords value) {
            this.passwords = Objects.requireNonNull(value);
            return this;
        }

        public AppaloftEngine build() {
            if (passwords == null) {
                passwords = Passwords.standard();
            }
            return new AppaloftEngine(this);
        }
    }
}
