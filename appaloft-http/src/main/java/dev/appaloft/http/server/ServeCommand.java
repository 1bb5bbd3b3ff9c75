package dev.appaloft.http.server;

import dev.appaloft.runtime.ssh.SshRuntimes;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.AppaloftEngineBuilder;
import dev.appaloft.core.fleet.FleetOptions;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.AppaloftHttpServer;
import dev.appaloft.http.auth.AdminTokenAuthenticator;
import dev.appaloft.http.auth.Authenticator;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.DockerEngine;
import dev.appaloft.runtime.docker.agent.LocalDockerProvider;
import dev.appaloft.runtime.docker.proxy.CaddyEdgeProxy;
import dev.appaloft.store.jdbc.JdbcStore;
import dev.appaloft.store.memory.MemoryStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: runs the API until SIGTERM or SIGINT, then stops cleanly. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the Appaloft HTTP API (the embedded defaults: loopback, SQLite in the data folder).")
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "4310", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data", defaultValue = "${env:APPALOFT_DATA:-${sys:user.home}/.appaloft}",
            description = "Data folder: database, admin-token, master.key, work/ for checkouts (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--store", defaultValue = "sqlite",
            description = "sqlite (in the data folder), postgresql (--database-url) or memory (default: ${DEFAULT-VALUE}).")
    String storeKind;

    @Option(names = "--database-url", defaultValue = "${env:APPALOFT_DATABASE_URL}",
            description = "JDBC URL for --store postgresql; the password comes from APPALOFT_DATABASE_PASSWORD.")
    String databaseUrl;

    @Option(names = "--database-user", defaultValue = "${env:APPALOFT_DATABASE_USER}")
    String databaseUser;

    @Option(names = "--docker-host", defaultValue = "${env:DOCKER_HOST:-unix:///var/run/docker.sock}",
            description = "Docker engine that local-shell servers deploy to (default: ${DEFAULT-VALUE}).")
    String dockerHost;

    @Option(names = "--proxy-port", defaultValue = "4380",
            description = "Port of the edge proxy (Caddy) that serves deployed apps at <resource>-<environment>.localhost "
                    + "(default: ${DEFAULT-VALUE}; its admin API uses the next port, on loopback; 0 disables the proxy).")
    int proxyPort;

    @Option(names = "--source-root", paramLabel = "DIR",
            description = "A host folder deployments may read local sources (folders, repositories, zip files) from; "
                    + "repeat for several (default: the folder the server starts in, and <data>/sources).")
    List<Path> sourceRoots = new ArrayList<>();

    @Option(names = "--admin-token", defaultValue = "${env:APPALOFT_ADMIN_TOKEN_MODE:-enabled}",
            description = "The operator's admin token (owner of org_self_hosted): enabled (read or create "
                    + "<data>/admin-token), rotate (write a new one at this start) or disabled (users sign in instead).")
    String adminTokenMode;

    @Option(names = "--session-ttl-hours", defaultValue = "168",
            description = "How long a signed-in session lasts (default: ${DEFAULT-VALUE}, 7 days).")
    long sessionTtlHours;

    @Option(names = "--scheduled-runtime-prune", defaultValue = "${env:APPALOFT_SCHEDULED_RUNTIME_PRUNE:-false}",
            description = "Hand scheduled runtime prunes (servers.capacity.policy.*) to the workers hourly"
                    + " (default: ${DEFAULT-VALUE}).")
    boolean scheduledRuntimePrune;

    @Option(names = "--monitoring-interval-seconds",
            defaultValue = "${env:APPALOFT_MONITORING_INTERVAL_SECONDS:-30}",
            description = "How often the runtime monitoring sampler reads every active server (0: off;"
                    + " default: ${DEFAULT-VALUE}). Raw samples are kept 24 hours, then as hourly rollups.")
    long monitoringIntervalSeconds;

    @Option(names = "--dependency-image", paramLabel = "KIND=IMAGE",
            description = "The image managed databases of a kind run, e.g. postgres=postgres:16-alpine (the default);"
                    + " repeat for several kinds (postgres, redis, mysql).")
    Map<String, String> dependencyImages = new java.util.LinkedHashMap<>();

    @Option(names = "--ssh-agent-socket", paramLabel = "PATH", defaultValue = "${env:SSH_AUTH_SOCK}",
            description = "SSH agent socket that servers with credential local-ssh-agent log in through"
                    + " (default: SSH_AUTH_SOCK).")
    Path sshAgentSocket;

    @Option(names = "--ssh-key-folder", paramLabel = "DIR", defaultValue = "${sys:user.home}/.ssh",
            description = "Folder of the default key files (id_ed25519, id_ecdsa, id_rsa) local-ssh-agent logins"
                    + " fall back to (default: ${DEFAULT-VALUE}).")
    Path sshKeyFolder;

    @Option(names = "--upgrade-manifest-url", paramLabel = "URL",
            defaultValue = "${env:APPALOFT_UPGRADE_MANIFEST_URL}",
            description = "The release manifest ({\"version\",\"url\",\"sha256\"}) instance-upgrade check and apply"
                    + " follow; apply stages the release in <data>/upgrades (default: none, upgrades not checked).")
    java.net.URI upgradeManifestUrl;

    @Option(names = "--metrics-port", defaultValue = "${env:APPALOFT_METRICS_PORT:-0}",
            description = "Serve GET /metrics (Prometheus text format) on 127.0.0.1 at this port (0: off;"
                    + " default: ${DEFAULT-VALUE}).")
    int metricsPort;

    // acme
    @Option(names = "--proxy-https-port", defaultValue = "4443",
            description = "Port the edge proxy serves HTTPS on with the domains' certificates (default: ${DEFAULT-VALUE};"
                    + " 0: no HTTPS).")
    int proxyHttpsPort;

    @Option(names = "--acme-directory", paramLabel = "URL", defaultValue = "${env:APPALOFT_ACME_DIRECTORY}",
            description = "ACME directory managed certificates are issued from (HTTP-01 answered by the edge proxy on"
                    + " the domain), e.g. https://acme-staging-v02.api.letsencrypt.org/directory; none: issuance is off.")
    String acmeDirectory;

    @Option(names = "--acme-trust-root", paramLabel = "PEM",
            description = "A CA certificate file trusted for the ACME directory's HTTPS besides the JVM's roots"
                    + " (a test CA such as Pebble).")
    Path acmeTrustRoot;

    @Option(names = "--acme-account-key", paramLabel = "PEM",
            description = "The ACME account key pair file (default: one made on first use, kept sealed in the store).")
    Path acmeAccountKey;

    @picocli.CommandLine.Mixin
    AcmeDnsOptions acmeDns = new AcmeDnsOptions();

    @picocli.CommandLine.Mixin
    GitHubAppOptions gitHubApp = new GitHubAppOptions();

    @Option(names = "--acme-renew-before-days", defaultValue = "30",
            description = "Renew a managed certificate this many days before it expires (default: ${DEFAULT-VALUE}).")
    int acmeRenewBeforeDays;

    @Override
    public Integer call() throws Exception {
        Runnable stop = start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping");
            stop.run();
            stopped.countDown();
        }, "appaloft-shutdown"));
        stopped.await();
        return 0;
    }

    /**
     * Opens the store, builds the engine and serves the API; answers what stops it all again. The
     * command line's embedded mode (dev.appaloft.http.cli) runs this same start on a loopback port.
     */
    Runnable start() throws Exception {
        long started = System.nanoTime();
        DataDirectory dir = new DataDirectory(data);
        dir.create();
        OpeningStore store = OpeningStore.open(() -> openStore(dir));
        AppaloftEngineBuilder builder = AppaloftEngine.builder()
                .store(store)
                .secretBox(AesGcmSecretBox.withKey("master", dir.masterKey()))
                .systemActorName("standalone-server")
                // checkouts and generated build contexts live beside the database, one folder per deployment
                .workDirectory(dir.root().resolve("work"))
                // capacity readings of this host report the data folder as the state root (never pruned)
                .stateDirectory(dir.root())
                .scheduledRuntimePrune(scheduledRuntimePrune)
                .runtimeMonitoring(java.time.Duration.ofSeconds(Math.max(0, monitoringIntervalSeconds)),
                        dev.appaloft.core.monitoring.MonitoringSettings.DEFAULT_RAW_RETENTION)
                // API callers must not publish arbitrary host files: local sources only from these folders
                .sourceRoots(sourceRoots.isEmpty()
                        ? List.of(Path.of("").toAbsolutePath(), dir.root().resolve("sources")) : sourceRoots)
                .sessionTtl(java.time.Duration.ofHours(sessionTtlHours))
                .instanceUpgrade(new dev.appaloft.api.system.InstanceUpgradeSettings(
                        dev.appaloft.http.infra.Version.current(), upgradeManifestUrl, dir.root().resolve("upgrades")));
        dependencyImages.forEach((kind, image) -> builder.dependencyImage(dependencyKind(kind), image));
        builder.gitHubApp(gitHubApp.settings());
        if (acmeDirectory != null && !acmeDirectory.isBlank()) { // acme
            builder.acme(dev.appaloft.core.domains.AcmeSettings.of(acmeDirectory)
                    .withTrustRoot(acmeTrustRoot == null ? null : java.nio.file.Files.readString(acmeTrustRoot))
                    .withAccountKey(acmeAccountKey == null ? null : java.nio.file.Files.readString(acmeAccountKey))
                    .withRenewBefore(java.time.Duration.ofDays(Math.max(1, acmeRenewBeforeDays)))
                    .withDns01(acmeDns.settings(System.getenv(AcmeDnsOptions.SECRET_ENV))));
        }
        // the fleet's push worker steps push-model deployments here (pull ones belong to agents)
        FleetOptions fleet = FleetOptions.defaults().withPublicUrl("http://" + host + ":" + port)
                .withLocalStateDirectory(dir.root().resolve("fleet")).withPushWorker(Duration.ofSeconds(2));
        DockerEngine docker = localDocker();
        CaddyEdgeProxy proxy = null;
        if (docker != null) {
            builder.runtime("local-shell", new DockerDeploymentRuntime(docker));
            fleet = fleet.withProvider(new LocalDockerProvider(new DockerDeploymentRuntime(docker), Map.of()));
            proxy = edgeProxy(dir);
            if (proxy != null) {
                builder.edgeProxy("local-shell", proxy);
            }
            // docker swarm: servers of provider docker-swarm (orchestrator-cluster) deploy services to this engine's swarm
            builder.runtime("docker-swarm", new dev.appaloft.runtime.docker.swarm.SwarmDeploymentRuntime(docker));
            if (proxy != null) {
                builder.edgeProxy("docker-swarm", proxy);
            }
        }
        builder.fleet(fleet);
        // servers of provider generic-ssh: reached over SSH with their credential, Docker used there
        builder.remoteRuntimes(new SshRuntimes(dev.appaloft.runtime.ssh.SshConnections.Settings.defaults()
                .withAgentSocket(sshAgentSocket).withKeyFolder(sshKeyFolder)));
        // source events: GitHub push webhooks are verified with this secret (an environment variable: never argv)
        builder.githubWebhookSecret(System.getenv("APPALOFT_GITHUB_WEBHOOK_SECRET"));
        CaddyEdgeProxy startedProxy = proxy;
        dev.appaloft.http.infra.MetricsEndpoint metrics = metricsPort > 0 ? new dev.appaloft.http.infra.MetricsEndpoint()
                : null;
        if (metrics != null) {
            builder.meterRegistry(metrics.registry());
        }
        AppaloftEngine engine = builder.build();
        AppaloftHttpServer server = AppaloftHttpServer.create(engine, operatorCredential(dir));
        store.await();
        Runnable stop = () -> {
            server.close();
            engine.close();
            if (metrics != null) {
                metrics.close();
            }
            if (startedProxy != null) {
                startedProxy.close();
            }
            if (docker != null) {
                docker.close();
            }
        };
        try {
            server.start(host, port);
            if (metrics != null) {
                LOG.info("metrics on http://127.0.0.1:{}/metrics", metrics.start(metricsPort));
            }
        } catch (RuntimeException e) {
            stop.run(); // the engine, Caddy and Docker client must not outlive a start that failed
            throw e;
        }
        LOG.info("ready in {} ms; data folder {}; {}", (System.nanoTime() - started) / 1_000_000, dir.root(),
                adminTokenMode.equals("disabled") ? "admin token disabled" : "admin token in " + dir.adminTokenFile());
        return stop;
    }

    /** The operator's credential as --admin-token says; disabled, only signed-in users and deploy tokens get in. */
    private Authenticator operatorCredential(DataDirectory dir) {
        return switch (adminTokenMode) {
            case "enabled" -> new AdminTokenAuthenticator(dir.adminToken());
            case "rotate" -> {
                String token = dir.rotateAdminToken();
                LOG.info("admin token rotated; the new one is in {}", dir.adminTokenFile());
                yield new AdminTokenAuthenticator(token);
            }
            case "disabled" -> {
                LOG.info("admin token disabled: sign in (POST /api/auth/sign-in/email) or use a deploy token");
                yield (authorization, cookies) -> {
                    throw new AppaloftException(ErrorCode.INVALID_CREDENTIALS, "the credentials are not valid");
                };
            }
            default -> throw new IllegalArgumentException("unknown --admin-token " + adminTokenMode
                    + " (enabled, rotate or disabled)");
        };
    }

    /** Caddy on --proxy-port, or null (with a warning) when it is disabled, missing or cannot start. */
    private CaddyEdgeProxy edgeProxy(DataDirectory dir) {
        if (proxyPort == 0) {
            return null;
        }
        try {
            return CaddyEdgeProxy.start("caddy", host, proxyPort, proxyPort + 1, Math.max(0, proxyHttpsPort),
                    dir.root().resolve("caddy"));
        } catch (RuntimeException e) {
            LOG.warn("no edge proxy ({}): deployed apps answer on loopback ports instead of stable URLs", e.getMessage());
            return null;
        }
    }

    /** This host's Docker engine, or null (with a warning) when it does not answer. */
    private DockerEngine localDocker() {
        try {
            DockerEngine docker = DockerEngine.connect(dockerHost);
            if (docker.answers()) {
                return docker;
            }
            docker.close();
        } catch (RuntimeException e) {
            LOG.debug("no Docker engine at {}", dockerHost, e);
        }
        LOG.warn("no Docker engine answers at {}: deployments to local-shell servers will answer provider_not_configured",
                dockerHost);
        return null;
    }

    private Store openStore(DataDirectory dir) {
        return switch (storeKind) {
            case "sqlite" -> JdbcStore.sqlite(dir.database(), Clock.systemUTC());
            case "postgresql" -> {
                if (databaseUrl == null || databaseUrl.isBlank()) {
                    throw new IllegalArgumentException("--store postgresql needs --database-url (or APPALOFT_DATABASE_URL)");
                }
                yield JdbcStore.postgres(databaseUrl, databaseUser, System.getenv("APPALOFT_DATABASE_PASSWORD"),
                        Clock.systemUTC());
            }
            case "memory" -> new MemoryStore(Clock.systemUTC());
            default -> throw new IllegalArgumentException("unknown --store " + storeKind + " (sqlite, postgresql or memory)");
        };
    }

    dev.appaloft.api.dependencies.DependencyKind dependencyKind(String wire) {
        for (dev.appaloft.api.dependencies.DependencyKind kind : dev.appaloft.api.dependencies.DependencyKind.values()) {
            if (kind.wire().equals(wire.strip())) {
                return kind;
            }
        }
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--dependency-image: unknown"
                + " kind " + wire + " (postgres, redis, mysql, clickhouse, object-storage, opensearch)");
    }
}
