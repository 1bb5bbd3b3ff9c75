package dev.appaloft.runtime.ssh;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.runtime.ProxyRoute;
import dev.appaloft.api.runtime.remote.EdgeProxySettings;
import dev.appaloft.api.runtime.remote.ServerAccess;
import dev.appaloft.api.runtime.remote.ServerEdgeProxy;
import dev.appaloft.proxy.caddy.CaddyAdmin;
import dev.appaloft.proxy.caddy.CaddyConfig;
import dev.appaloft.proxy.caddy.CaddyPorts;
import dev.appaloft.proxy.caddy.CaddyProxy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Caddy of one server reached over SSH. Its admin API listens on the server's loopback only;
 * the control plane reaches it through a local port forward on the server's pooled connection.
 * Its traffic port listens on every interface of the server, so routes answer on that server.
 * The routes this object was given are loaded again whenever it (re)starts Caddy; a Caddy that
 * already ran when this object was made (a control-plane restart) keeps its routes, which are
 * adopted before the first change. {@link #routes()} asks Caddy what it applies now.
 */
final class SshCaddyProxy extends CaddyProxy implements ServerEdgeProxy {

    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);

    private final SshConnections connections;
    private final String serverKey;
    private final Supplier<ServerAccess> access;
    private final EdgeProxyOptions options;
    private boolean adopted;

    private SshCaddyProxy(SshConnections connections, String serverKey, Supplier<ServerAccess> access,
                          EdgeProxyOptions options, CaddyAdmin admin) {
        super(admin, () -> ports(access.get()));
        this.connections = connections;
        this.serverKey = serverKey;
        this.access = access;
        this.options = options;
    }

    static SshCaddyProxy of(SshConnections connections, String serverKey, Supplier<ServerAccess> access,
                            EdgeProxyOptions options) {
        CaddyAdmin admin = new CaddyAdmin(() -> {
            ServerAccess a = access.get();
            return new InetSocketAddress(InetAddress.getLoopbackAddress(),
                    connections.forward(serverKey, SshRuntimes.target(a), ports(a).adminPort()));
        }, () -> ports(access.get()).adminAddress(), Duration.ofSeconds(10));
        return new SshCaddyProxy(connections, serverKey, access, options, admin);
    }

    private static CaddyPorts ports(ServerAccess access) {
        EdgeProxySettings proxy = access.edgeProxy();
        if (proxy == null) {
            throw new AppaloftException(CaddyAdmin.UNAVAILABLE, "server " + access.serverId()
                    + " runs no edge proxy (its proxy kind is none)");
        }
        return new CaddyPorts("", proxy.httpPort(), proxy.adminPort());
    }

    @Override
    public synchronized void route(ProxyRoute route) {
        adoptRunning();
        super.route(route);
    }

    @Override
    public synchronized void remove(String routeId) {
        adoptRunning();
        super.remove(routeId);
    }

    /** What the server's Caddy applies now; none when it does not answer. */
    @Override
    public List<ProxyRoute> routes() {
        return applied().orElse(List.of());
    }

    /** The routes of a Caddy that ran before this object, kept (once) so a change does not drop them. */
    private void adoptRunning() {
        if (!adopted) {
            applied().ifPresent(running -> {
                adopt(running);
                adopted = true;
            });
        }
    }

    @Override
    public synchronized Map<String, String> start() {
        ServerAccess server = access.get();
        SshTarget target = SshRuntimes.target(server);
        CaddyPorts ports = ports(server);
        adoptRunning();
        if (admin().stop()) { // a Caddy answers on the admin port: ours from before, or a leftover
            admin().awaitGone(Duration.ofSeconds(10));
        }
        CaddyLaunch launch = new CaddyLaunch(options, ports.adminPort());
        connections.run(serverKey, target, launch.stopLeftover(), COMMAND_TIMEOUT);
        CaddyLaunch.Method method = CaddyLaunch.method(connections.run(serverKey, target, launch.detect(),
                COMMAND_TIMEOUT).stdout());
        if (method == CaddyLaunch.Method.NONE) {
            throw new AppaloftException(SshErrors.EDGE_PROXY_START_FAILED, "the server has neither the image "
                    + options.image() + " nor a " + options.binary() + " binary on the PATH of " + target.username()
                    + ": install Caddy there (e.g. apt-get install caddy) or load the image, then bootstrap again");
        }
        byte[] config = CaddyConfig.config(ports, super.routes()).toString().getBytes(StandardCharsets.UTF_8);
        ExecResult started = connections.start(serverKey, target, launch.start(method), RemoteIo.input(in -> in.write(config)))
                .await(COMMAND_TIMEOUT);
        if (!started.succeeded()) {
            throw new AppaloftException(SshErrors.EDGE_PROXY_START_FAILED, "starting Caddy (" + method.wire()
                    + ") failed on the server: " + lastLine(started.stderr().isBlank() ? started.stdout() : started.stderr()));
        }
        if (!admin().awaitAnswer(options.startTimeout(), running(target, launch, method))) {
            String log = connections.run(serverKey, target, launch.logTail(method), COMMAND_TIMEOUT).stdout();
            boolean conflict = log.contains("address already in use");
            throw new AppaloftException(conflict ? SshErrors.EDGE_PROXY_PORT_CONFLICT : SshErrors.EDGE_PROXY_START_FAILED,
                    conflict ? "Caddy could not listen on the server's port " + ports.httpPort() + " or admin port "
                            + ports.adminPort() + ": another program holds it (configure other ports, or stop it)"
                            : "Caddy (" + method.wire() + ") did not answer on the server's admin port " + ports.adminPort()
                            + " within " + options.startTimeout().toSeconds() + " s: " + lastLine(log),
                    List.of(), log.isBlank() ? Map.of() : Map.of("outputTail", tail(log)), null);
        }
        adopted = true;
        reload();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("method", method.wire());
        facts.put("source", method == CaddyLaunch.Method.CONTAINER ? options.image() : options.binary());
        facts.put("httpPort", String.valueOf(ports.httpPort()));
        facts.put("adminPort", String.valueOf(ports.adminPort()));
        facts.put("routes", String.valueOf(super.routes().size()));
        return facts;
    }

    /** Whether the started Caddy still runs, asked on the server at most once a second. */
    private java.util.function.BooleanSupplier running(SshTarget target, CaddyLaunch launch, CaddyLaunch.Method method) {
        long[] next = {System.nanoTime() + 1_000_000_000L};
        return () -> {
            if (System.nanoTime() < next[0]) {
                return true;
            }
            next[0] = System.nanoTime() + 1_000_000_000L;
            try {
                return connections.run(serverKey, target, launch.running(method), COMMAND_TIMEOUT).succeeded();
            } catch (AppaloftException e) {
                return true; // the connection's trouble: the wait's deadline decides
            }
        };
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static String tail(String text) {
        String trimmed = text.strip();
        return trimmed.length() <= 2000 ? trimmed : trimmed.substring(trimmed.length() - 2000);
    }
}
