package dev.appaloft.core;

import dev.appaloft.api.dependencies.DependencyKind;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.EdgeProxy;
import dev.appaloft.api.runtime.remote.RemoteRuntimes;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.deployments.sources.SourceSettings;
import dev.appaloft.core.fleet.FleetOptions;
import dev.appaloft.core.identity.Passwords;
import dev.appaloft.core.secrets.SecretBox;
import dev.appaloft.core.work.WorkKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Configures an engine; only the store is required. */
public final class AppaloftEngineBuilder {
    Store store;
    boolean closeStore = true;
    Clock clock = Clock.systemUTC();
    SecretBox secrets;
    String systemActorName = "host-application";
    final Map<String, DeploymentRuntime> runtimes = new HashMap<>();
    RemoteRuntimes remoteRuntimes;
    final Map<String, EdgeProxy> proxies = new HashMap<>();
    String accessBaseDomain = "localhost";
    Duration deploymentLease = Duration.ofSeconds(60);
    Path workDirectory;
    String staticServerImage = SourceSettings.DEFAULT_BASE_IMAGE;
    String workspaceImage = SourceSettings.DEFAULT_BASE_IMAGE;
    List<Path> sourceRoots = List.of();
    final Map<DependencyKind, String> dependencyImages = new java.util.EnumMap<>(DependencyKind.class);
    Duration dependencyReadyTimeout = Duration.ofSeconds(90);
    dev.appaloft.core.terminals.TerminalLimits terminalLimits = dev.appaloft.core.terminals.TerminalLimits.DEFAULTS;
    FleetOptions fleet = FleetOptions.defaults();
    Duration sessionTtl = Duration.ofDays(7);
    Passwords passwords;
    final List<WorkKind> workKinds = new java.util.ArrayList<>();
    int workerThreads = 4;
    Duration workLease = Duration.ofSeconds(60);
    Duration workPoll = Duration.ofSeconds(1);
    boolean dailyHousekeeping = true;
    boolean scheduledRuntimePrune;
    Path stateDirectory;
    dev.appaloft.api.domains.DnsResolver dnsResolver;
    dev.appaloft.api.store.work.RetryPolicy domainVerificationRetry;
    dev.appaloft.core.monitoring.MonitoringSettings monitoring = dev.appaloft.core.monitoring.MonitoringSettings.defaults();
    final List<dev.appaloft.api.system.AppaloftPlugin> plugins = new java.util.ArrayList<>();
    boolean discoverPlugins = true;
    dev.appaloft.api.system.InstanceUpgradeSettings instanceUpgrade;
    io.micrometer.core.instrument.MeterRegistry meterRegistry = io.micrometer.core.instrument.Metrics.globalRegistry;
    // runtime log archives and static artifacts
    dev.appaloft.api.artifacts.ArtifactStore artifactStore;
    // scheduled tasks
    Duration scheduledTaskTick = Duration.ofSeconds(5);
    // source events
    String githubWebhookSecret;
    dev.appaloft.core.sources.GitHubAppSettings gitHubApp;
    // dependency backups
    boolean scheduledDependencyBackups = true;
    // acme
    dev.appaloft.core.domains.AcmeSettings acme;
    dev.appaloft.core.domains.CertificateAuthority certificateAuthority;
    java.time.Duration certificateSweep = java.time.Duration.ofHours(1);
    java.time.Duration certificateRetryDelay;

    AppaloftEngineBuilder() {
    }

    /**
     * The DNS lookups of domain ownership checks (TXT records, addresses); default the
     * system's resolvers through the JDK's JNDI DNS provider.
     */
    public AppaloftEngineBuilder dnsResolver(dev.appaloft.api.domains.DnsResolver resolver) {
        this.dnsResolver = Objects.requireNonNull(resolver);
        return this;
    }

    /**
     * How a retried domain verification is checked again until ownership is proven: attempts
     * and backoff (default 6 checks, 30 s doubling up to 15 min).
     */
    public AppaloftEngineBuilder domainVerificationRetry(dev.appaloft.api.store.work.RetryPolicy retry) {
        this.domainVerificationRetry = Objects.requireNonNull(retry);
        return this;
    }

    /**
     * A kind of background work this engine's workers run from the shared queue (the
     * application's own, next to the built-in ones). Every process on a store should register
     * the same kinds: a kind nobody runs waits in the queue.
     */
    public AppaloftEngineBuilder workKind(WorkKind kind) {
        workKinds.add(Objects.requireNonNull(kind));
        return this;
    }

    /**
     * Worker threads that run queued work, detached deployments included (default 4), the lease each holds on its item (default
     * 60 s, renewed every third of it) and how often an idle worker polls (default 1 s).
     */
    public AppaloftEngineBuilder workers(int threads, Duration lease, Duration poll) {
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
    public AppaloftEngineBuilder dailyHousekeeping(boolean enabled) {
        this.dailyHousekeeping = enabled;
        return this;
    }

    /**
     * Whether this engine hands scheduled runtime prunes to the workers (default no): every ten
     * minutes, each server with an enabled {@code servers.capacity.policy} gets that hour's run
     * (one item per server and hour however many processes share the store). Its workers run
     * such items either way, whichever process enqueued them.
     */
    public AppaloftEngineBuilder scheduledRuntimePrune(boolean enabled) {
        this.scheduledRuntimePrune = enabled;
        return this;
    }

    /**
     * How often the runtime monitoring sampler reads every active server (default 30 s; zero
     * turns it off; it never runs when the engine has no runtime), and how long raw samples are
     * kept before they become hourly rollups (default 24 h).
     */
    public AppaloftEngineBuilder runtimeMonitoring(Duration interval, Duration rawRetention) {
        Objects.requireNonNull(interval, "interval");
        this.monitoring = new dev.appaloft.core.monitoring.MonitoringSettings(interval,
                Objects.requireNonNull(rawRetention, "rawRetention"),
                dev.appaloft.core.monitoring.MonitoringSettings.DEFAULT_ROLLUP_RETENTION);
        return this;
    }

    // scheduled tasks
    /**
     * How often this engine puts the due times of enabled scheduled tasks on the work queue
     * (default 5 s; zero turns it off). Each tick enqueues the due times of the next two ticks as
     * items due then, so a run starts on time whatever the tick; every process enqueues the same
     * items, and its workers run such items either way, whichever process enqueued them.
     */
    public AppaloftEngineBuilder scheduledTaskTick(Duration tick) {
        if (Objects.requireNonNull(tick, "tick").isNegative()) {
            throw new IllegalArgumentException("the tick must not be negative");
        }
        this.scheduledTaskTick = tick;
        return this;
    }

    /**
     * Where the control plane keeps its state (the server's data directory): capacity readings
     * of servers on this host report it, and never prune it.
     */
    public AppaloftEngineBuilder stateDirectory(Path directory) {
        this.stateDirectory = Objects.requireNonNull(directory);
        return this;
    }

    /** The store; the engine closes it on {@link #close()} unless {@code closeWithEngine} is false. */
    public AppaloftEngineBuilder store(Store value, boolean closeWithEngine) {
        this.store = value;
        this.closeStore = closeWithEngine;
        return this;
    }

    public AppaloftEngineBuilder store(Store value) {
        return store(value, true);
    }

    public AppaloftEngineBuilder clock(Clock value) {
        this.clock = Objects.requireNonNull(value);
        return this;
    }

    /** Seals secret values at rest; give the same key on every start of a persistent store. */
    public AppaloftEngineBuilder secretBox(SecretBox value) {
        this.secrets = Objects.requireNonNull(value);
        return this;
    }

    /** The name the host application's system actor appears under in audit records. */
    public AppaloftEngineBuilder systemActorName(String value) {
        this.systemActorName = Objects.requireNonNull(value);
        return this;
    }

    /**
     * The runtime that deploys to servers of {@code providerKey} ({@code local-shell}: this
     * host's Docker engine). Without one, deployments to such servers answer
     * {@code provider_not_configured}.
     */
    public AppaloftEngineBuilder runtime(String providerKey, DeploymentRuntime runtime) {
        runtimes.put(Objects.requireNonNull(providerKey), Objects.requireNonNull(runtime));
        return this;
    }

    /**
     * The runtimes of servers reached over the network (e.g. {@code SshRuntimes} for
     * {@code generic-ssh}): each such server gets its own, logging in with the server's
     * credential. The engine closes them when it closes.
     */
    public AppaloftEngineBuilder remoteRuntimes(RemoteRuntimes remote) {
        this.remoteRuntimes = Objects.requireNonNull(remote);
        return this;
    }

    /**
     * The edge proxy of servers of {@code providerKey}: a resource exposed through the reverse
     * proxy gets a stable URL there, switched to each new instance once it is healthy.
     */
    public AppaloftEngineBuilder edgeProxy(String providerKey, EdgeProxy proxy) {
        proxies.put(Objects.requireNonNull(providerKey), Objects.requireNonNull(proxy));
        return this;
    }

    /** Generated hosts are {@code <resource>-<environment>.<domain>} ({@code localhost} by default). */
    public AppaloftEngineBuilder accessBaseDomain(String domain) {
        this.accessBaseDomain = Objects.requireNonNull(domain);
        return this;
    }

    /**
     * How long a deployment's claim outlives its executor (default 60 s; renewed every third of
     * it): after a crash, another engine on the same store ends the deployment once this passed.
     */
    public AppaloftEngineBuilder deploymentLease(Duration ttl) {
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
    public AppaloftEngineBuilder workDirectory(Path directory) {
        this.workDirectory = Objects.requireNonNull(directory);
        return this;
    }

    /**
     * The base image of {@code static} resources: the publish folder is copied into it and served
     * by busybox {@code httpd} on the resource's port ({@value SourceSettings#DEFAULT_BASE_IMAGE}
     * by default, which every Appaloft host has).
     */
    public AppaloftEngineBuilder staticServerImage(String image) {
        this.staticServerImage = Objects.requireNonNull(image);
        return this;
    }

    /**
     * The image managed databases of {@code kind} run (the official {@code postgres:16-alpine},
     * {@code redis:7-alpine}, {@code mysql:8.4} by default). An image the server's engine has is
     * used as it is; otherwise it is pulled, and a failed pull fails the provisioning.
     */
    public AppaloftEngineBuilder dependencyImage(DependencyKind kind, String image) {
        Objects.requireNonNull(kind, "kind");
        if (image == null || image.isBlank()) {
            throw new IllegalArgumentException("a dependency image must be named");
        }
        this.dependencyImages.put(kind, image.strip());
        return this;
    }

    /** How long a newly provisioned database may take to accept connections (90 s by default). */
    public AppaloftEngineBuilder dependencyReadyTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the ready timeout must be positive");
        }
        this.dependencyReadyTimeout = timeout;
        return this;
    }

    /**
     * The base image {@code workspace-commands} run in (install and build at build time, start as
     * the container's command); it must have {@code sh} and the tools the commands call, e.g. a
     * {@code node} image for npm projects ({@value SourceSettings#DEFAULT_BASE_IMAGE} by default).
     */
    public AppaloftEngineBuilder workspaceImage(String image) {
        this.workspaceImage = Objects.requireNonNull(image);
        return this;
    }

    /**
     * The host folders deployments may read sources from (local folders and repositories, zip
     * files, {@code file://} URLs); outside them a deployment is refused with a 400 on
     * {@code source.locator}. None (the default) means no limit: fine when the embedding
     * application is the only caller, not for a server others reach.
     */
    public AppaloftEngineBuilder sourceRoots(List<Path> roots) {
        this.sourceRoots = List.copyOf(roots);
        return this;
    }

    /** Settings of the Alien fleet API (lease time of sync sessions, public URL, ...). */
    public AppaloftEngineBuilder fleet(FleetOptions options) {
        this.fleet = Objects.requireNonNull(options);
        return this;
    }

    /** How long a signed-in session lasts (default 7 days, as in the original). */
    public AppaloftEngineBuilder sessionTtl(Duration ttl) {
        if (ttl.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("a session shorter than a minute is not usable");
        }
        this.sessionTtl = ttl;
        return this;
    }

    /** The password hashing (default Argon2id at OWASP's recommended cost); tests may lower the cost. */
    public AppaloftEngineBuilder passwords(Passwords value) {
        this.passwords = Objects.requireNonNull(value);
        return this;
    }

    /** Terminal session lifetimes (absolute and idle TTL, both 3600 s by default) and output retention (64 KiB). */
    public AppaloftEngineBuilder terminalLimits(dev.appaloft.core.terminals.TerminalLimits limits) {
        this.terminalLimits = Objects.requireNonNull(limits);
        return this;
    }

    // runtime log archives and static artifacts
    /**
     * Where the engine keeps the bytes it owns (runtime log archives, static artifact files).
     * Default: files under {@code <stateDirectory>/artifacts}, else {@code <workDirectory>/artifacts},
     * else a temporary folder (gone with the process: set one of them for a persistent store).
     */
    public AppaloftEngineBuilder artifactStore(dev.appaloft.api.artifacts.ArtifactStore store) {
        this.artifactStore = Objects.requireNonNull(store);
        return this;
    }

    // source events
    /**
     * The secret GitHub signs push webhooks with ({@code X-Hub-Signature-256}); without one,
     * {@code POST /api/integrations/github/source-events} answers 503. The engine keeps it sealed.
     */
    public AppaloftEngineBuilder githubWebhookSecret(String secret) {
        this.githubWebhookSecret = secret;
        return this;
    }

    /**
     * The GitHub App this instance acts as: {@code integrations.github.repositories.list} lists its
     * installation's repositories and the app connection reports the installation (null: none).
     */
    public AppaloftEngineBuilder gitHubApp(dev.appaloft.core.sources.GitHubAppSettings settings) {
        this.gitHubApp = settings;
        return this;
    }

    /** Whether this process starts the backups of due backup policies (checked every minute; default on). */
    public AppaloftEngineBuilder scheduledDependencyBackups(boolean enabled) {
        this.scheduledDependencyBackups = enabled;
        return this;
    }

    public AppaloftEngine build() {
        if (passwords == null) {
            passwords = Passwords.standard();
        }
        return new AppaloftEngine(this);
    }

    /** A user extension reported by {@code plugins.list} and {@code system.doctor}. */
    public AppaloftEngineBuilder plugin(dev.appaloft.api.system.AppaloftPlugin plugin) {
        plugins.add(Objects.requireNonNull(plugin));
        return this;
    }

    /** Whether plugins on the class path ({@link java.util.ServiceLoader}) are found too (default yes). */
    public AppaloftEngineBuilder discoverPlugins(boolean enabled) {
        this.discoverPlugins = enabled;
        return this;
    }

    /**
     * This instance's version and the release manifest it follows for
     * {@code system.instance-upgrade.*} (default: the version unknown, no manifest).
     */
    public AppaloftEngineBuilder instanceUpgrade(dev.appaloft.api.system.InstanceUpgradeSettings settings) {
        this.instanceUpgrade = Objects.requireNonNull(settings);
        return this;
    }

    /**
     * Where the engine's meters go ({@code appaloft.operations}: every operation's time by key and
     * outcome); default Micrometer's global registry, which keeps nothing until a registry is added.
     */
    public AppaloftEngineBuilder meterRegistry(io.micrometer.core.instrument.MeterRegistry registry) {
        this.meterRegistry = Objects.requireNonNull(registry);
        return this;
    }

    List<dev.appaloft.api.system.AppaloftPlugin> plugins() {
        List<dev.appaloft.api.system.AppaloftPlugin> all = new java.util.ArrayList<>(plugins);
        if (discoverPlugins) {
            java.util.ServiceLoader.load(dev.appaloft.api.system.AppaloftPlugin.class).forEach(all::add);
        }
        return List.copyOf(all);
    }

    // acme
    /**
     * Issues managed certificates from this ACME directory (HTTP-01 answered by the edge proxy),
     * trusting {@link dev.appaloft.core.domains.AcmeSettings#trustRootPem()} besides the JVM's roots;
     * without it (and without {@link #certificateAuthority}) issuance answers
     * {@code certificate_provider_unavailable}.
     */
    public AppaloftEngineBuilder acme(dev.appaloft.core.domains.AcmeSettings settings) {
        this.acme = Objects.requireNonNull(settings);
        return this;
    }

    /** Another certificate authority than ACME's (a fake in tests); wins over {@link #acme}'s client. */
    public AppaloftEngineBuilder certificateAuthority(dev.appaloft.core.domains.CertificateAuthority authority) {
        this.certificateAuthority = Objects.requireNonNull(authority);
        return this;
    }

    /**
     * How often due renewals (and the next attempts of retriably failed ones) are queued (default
     * hourly); and how long a failed attempt waits before that sweep queues the next (default 5 min).
     */
    public AppaloftEngineBuilder certificateRenewals(java.time.Duration sweepEvery, java.time.Duration retryDelay) {
        if (sweepEvery.isNegative() || sweepEvery.isZero()) {
            throw new IllegalArgumentException("the renewal sweep needs a positive interval");
        }
        this.certificateSweep = sweepEvery;
        this.certificateRetryDelay = Objects.requireNonNull(retryDelay);
        return this;
    }
}
