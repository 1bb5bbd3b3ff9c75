package dev.appaloft.runtime.ssh;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.probe.ServerProbe;
import dev.appaloft.api.runtime.remote.RemoteRuntimes;
import dev.appaloft.api.runtime.remote.ServerAccess;
import dev.appaloft.api.runtime.remote.ServerEdgeProxy;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Servers of provider {@code generic-ssh}: each one's runtime runs the docker CLI there over the
 * shared connection pool, and each one's edge proxy is a Caddy on that server, configured through
 * a tunnel to its admin API. Host keys are trusted on first use and recorded through the engine.
 */
public final class SshRuntimes implements RemoteRuntimes {

    public static final String PROVIDER_KEY = "generic-ssh";
    static final ErrorCode NO_CREDENTIAL = new ErrorCode("server_credential_missing", 409, false);

    private final SshConnections connections;
    private final SshServerProbe probe;
    private final Map<String, SshDockerRuntime> runtimes = new ConcurrentHashMap<>();
    private final Map<String, SshCaddyProxy> proxies = new ConcurrentHashMap<>();
    private final EdgeProxyOptions proxyOptions;

    public SshRuntimes(SshConnections.Settings settings) {
        this(settings, EdgeProxyOptions.defaults());
    }

    /** @param proxyOptions how the servers' edge proxies are started (image, binary, start timeout) */
    public SshRuntimes(SshConnections.Settings settings, EdgeProxyOptions proxyOptions) {
        this.connections = new SshConnections(settings);
        this.probe = new SshServerProbe(connections, settings.connectTimeout(), Duration.ofSeconds(30));
        this.proxyOptions = java.util.Objects.requireNonNull(proxyOptions, "proxyOptions");
    }

    public static SshRuntimes withDefaults() {
        return new SshRuntimes(SshConnections.Settings.defaults());
    }

    @Override
    public Set<String> providerKeys() {
        return Set.of(PROVIDER_KEY);
    }

    @Override
    public DeploymentRuntime runtime(String serverId, Supplier<ServerAccess> access) {
        return runtimes.computeIfAbsent(serverId, id -> new SshDockerRuntime(connections, id, () -> target(access.get())));
    }

    @Override
    public ServerEdgeProxy proxy(String serverId, Supplier<ServerAccess> access) {
        return proxies.computeIfAbsent(serverId, id -> SshCaddyProxy.of(connections, id, access, proxyOptions));
    }

    @Override
    public dev.appaloft.api.runtime.TerminalChannel openShell(String serverId, Supplier<ServerAccess> access,
                                                              dev.appaloft.api.runtime.TerminalRequest request,
                                                              dev.appaloft.api.runtime.TerminalOutput output) {
        return connections.holdClient(serverId, target(access.get()),
                (client, release) -> SshTerminal.open(client, release, request, output));
    }

    static SshTarget target(ServerAccess access) {
        if (access.privateKey() == null && !access.localLogin()) {
            throw new AppaloftException(NO_CREDENTIAL, "server " + access.serverId() + " has no SSH credential"
                    + " configured (servers.configureCredential)");
        }
        SshLogin login = access.privateKey() != null ? new SshKey(access.privateKey(), access.passphrase()) : SshLogin.LOCAL;
        return new SshTarget(access.host(), access.port(), access.username() == null ? "root" : access.username(),
                login, access.trustedHostKey());
    }

    @Override
    public ServerProbe probe() {
        return probe;
    }

    @Override
    public void recordHostKeysWith(HostKeyRecorder recorder) {
        connections.onFirstHostKey(recorder::trust);
    }

    @Override
    public void forget(String serverId) {
        connections.forget(serverId);
    }

    /** The pool (for benchmarks that count connections). */
    public SshConnections connections() {
        return connections;
    }

    @Override
    public void close() {
        connections.close();
    }
}
