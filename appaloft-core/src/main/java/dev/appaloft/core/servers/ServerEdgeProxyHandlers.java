package dev.appaloft.core.servers;

import static dev.appaloft.api.catalog.ServerOperations.SERVERS_BOOTSTRAP_PROXY;
import static dev.appaloft.api.catalog.ServerOperations.SERVERS_CONFIGURE_EDGE_PROXY;

import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.runtime.EdgeProxy;
import dev.appaloft.api.runtime.remote.EdgeProxySettings;
import dev.appaloft.api.runtime.remote.RemoteRuntimes;
import dev.appaloft.api.servers.BootstrapServerProxyInput;
import dev.appaloft.api.servers.ConfigureServerEdgeProxyInput;
import dev.appaloft.api.servers.ConfiguredServerEdgeProxy;
import dev.appaloft.api.servers.ProxyKind;
import dev.appaloft.api.servers.ServerLifecycleStatus;
import dev.appaloft.api.servers.ServerProxyBootstrap;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code servers.configureEdgeProxy} records the proxy a server should run (kind, and ports for a
 * remote server); {@code servers.bootstrapProxy} runs one attempt to start it: the server's
 * proxy goes {@code starting} (committed first, so a reader sees the attempt), the runtime starts
 * Caddy there, then {@code ready} or {@code failed} with the reason. The answer names the attempt
 * either way; its outcome is the server's {@code edgeProxy} (as in the original: "registration
 * success is not readiness"). The outcome is recorded by the system actor {@code edge-proxy}.
 */
public final class ServerEdgeProxyHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ServerEdgeProxyHandlers.class);
    private static final Pattern ATTEMPT_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    /** Told when a server's proxy was (re)started, to route the apps that run there again. */
    @FunctionalInterface
    public interface RoutesRestorer {
        void restore(String serverId, EdgeProxy proxy);
    }

    private final CoreContext ctx;
    private final RemoteRuntimes remote;
    private final Function<String, Optional<EdgeProxy>> localProxy;
    private final RoutesRestorer restorer;

    private ServerEdgeProxyHandlers(CoreContext ctx, RemoteRuntimes remote,
                                    Function<String, Optional<EdgeProxy>> localProxy, RoutesRestorer restorer) {
        this.ctx = ctx;
        this.remote = remote;
        this.localProxy = localProxy;
        this.restorer = restorer;
    }

    /**
     * @param remote the engine's remote runtimes, or null
     * @param localProxy the edge proxy of a local provider key, if the host application gave one
     */
    public static void register(HandlerRegistry registry, CoreContext ctx, RemoteRuntimes remote,
                                Function<String, Optional<EdgeProxy>> localProxy, RoutesRestorer restorer) {
        ServerEdgeProxyHandlers handlers = new ServerEdgeProxyHandlers(ctx, remote, localProxy, restorer);
        registry.register(SERVERS_CONFIGURE_EDGE_PROXY, handlers::configure);
        registry.register(SERVERS_BOOTSTRAP_PROXY, handlers::bootstrap);
    }

    private boolean isRemote(String providerKey) {
        return remote != null && remote.providerKeys().contains(providerKey);
    }

    ConfiguredServerEdgeProxy configure(ConfigureServerEdgeProxyInput in, Actor actor) {
        Validation v = new Validation();
        v.required("proxyKind", in.proxyKind());
        port(v, "httpPort", in.httpPort());
        port(v, "adminPort", in.adminPort());
        v.optionalText("idempotencyKey", in.idempotencyKey(), 200);
        v.throwIfInvalid();
        return ctx.command(actor, "servers.configureEdgeProxy", uow -> {
            Versioned<Server> current = ServerRepository.require(uow.tx(), actor.organizationId(), in.serverId());
            Server server = current.value();
            requireActive(server);
            boolean portsGiven = in.httpPort() != null || in.adminPort() != null;
            Validation late = new Validation();
            late.check(!portsGiven || isRemote(server.providerKey()), in.httpPort() != null ? "httpPort" : "adminPort",
                    "only a remote server's proxy ports are configured here: the proxy of " + server.providerKey()
                            + " servers is the host application's");
            Integer http = in.httpPort() != null ? in.httpPort() : server.proxySetup().httpPort();
            Integer admin = in.adminPort() != null ? in.adminPort() : server.proxySetup().adminPort();
            late.check(!portsGiven || effective(http, EdgeProxySettings.DEFAULT_HTTP_PORT) != effective(admin, EdgeProxySettings.DEFAULT_ADMIN_PORT), "adminPort",
                    "adminPort must differ from httpPort");
            late.throwIfInvalid();
            Server next = server.configureProxy(in.proxyKind(), http, admin);
            if (next != server) {
                ServerRepository.update(uow.tx(), current, next, uow.now());
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("previousKind", Json.wire(server.proxyKind()));
                payload.put("previousStatus", Json.wire(server.proxyStatus()));
                payload.put("kind", Json.wire(next.proxyKind()));
                payload.put("status", Json.wire(next.proxyStatus()));
                payload.put("httpPort", next.proxySetup().effectiveHttpPort());
                payload.put("adminPort", next.proxySetup().effectiveAdminPort());
                uow.event("server-edge-proxy-configured", server.id(), payload);
            }
            return new ConfiguredServerEdgeProxy(next.id(), new ConfiguredServerEdgeProxy.State(next.proxyKind(),
                    next.proxyStatus()));
        });
    }

    ServerProxyBootstrap bootstrap(BootstrapServerProxyInput in, Actor actor) {
        Validation v = new Validation();
        String provider = v.optionalText("edgeProxyProviderKey", in.edgeProxyProviderKey(), 100);
        v.check(in.attemptId() == null || actor.kind() == Actor.Kind.SYSTEM, "attemptId",
                "the control plane names bootstrap attempts: attemptId is for its own system actor only");
        v.check(in.attemptId() == null || ATTEMPT_ID.matcher(in.attemptId()).matches(), "attemptId",
                "attemptId is 1 to 100 letters, digits, '_' or '-'");
        v.throwIfInvalid();
        BootstrapServerProxyInput.Reason reason = in.reason() == null ? BootstrapServerProxyInput.Reason.REPAIR
                : in.reason();
        String attemptId = in.attemptId() != null ? in.attemptId() : Ids.next("pxy");
        Server begun = ctx.command(actor, "servers.bootstrapProxy", uow -> {
            Versioned<Server> current = ServerRepository.require(uow.tx(), actor.organizationId(), in.serverId());
            Server server = current.value();
            requireActive(server);
            if (server.proxyKind() == ProxyKind.NONE) {
                throw new AppaloftException(ErrorCode.EDGE_PROXY_DISABLED, "server " + server.id()
                        + " runs no edge proxy (kind none): configure a kind first (servers.configureEdgeProxy)");
            }
            if (provider != null && !provider.equals(Json.wire(server.proxyKind()))) {
                throw AppaloftException.validation("edgeProxyProviderKey", "the server's edge proxy is "
                        + Json.wire(server.proxyKind()) + ", not " + provider);
            }
            if (server.proxyKind() != ProxyKind.CADDY) {
                throw new AppaloftException(ErrorCode.EDGE_PROXY_KIND_UNSUPPORTED, "server " + server.id()
                        + "'s edge proxy kind is " + Json.wire(server.proxyKind()) + ": this control plane runs Caddy"
                        + " edge proxies only; configure proxyKind caddy first (servers.configureEdgeProxy)");
            }
            if (!isRemote(server.providerKey()) && localProxy.apply(server.providerKey()).isEmpty()
                    && !ServerProviders.LOCAL_SHELL.equals(server.providerKey())) {
                throw new AppaloftException(ErrorCode.PROVIDER_NOT_CONFIGURED, "no runtime is configured for servers"
                        + " of provider " + server.providerKey() + ": their edge proxy cannot be started here");
            }
            Server next = server.beginProxyBootstrap(attemptId, uow.now());
            ServerRepository.update(uow.tx(), current, next, uow.now());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("attemptId", attemptId);
            payload.put("edgeProxyProviderKey", Json.wire(server.proxyKind()));
            payload.put("reason", reason.wire());
            payload.put("host", server.host());
            payload.put("port", server.port());
            uow.event("proxy-bootstrap-requested", server.id(), payload);
            return next;
        });
        Outcome outcome = run(begun);
        Actor system = new Actor(Actor.Kind.SYSTEM, "edge-proxy", begun.organizationId(), Actor.Role.OWNER);
        ctx.command(system, "servers.bootstrapProxy", uow -> {
            Versioned<Server> current = ServerRepository.require(uow.tx(), begun.organizationId(), begun.id());
            Server next = current.value().endProxyBootstrap(attemptId, outcome.code(), outcome.message(), uow.now());
            if (next == current.value()) {
                return null; // a newer attempt began meanwhile: its outcome is the one that counts
            }
            ServerRepository.update(uow.tx(), current, next, uow.now());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("attemptId", attemptId);
            payload.put("edgeProxyProviderKey", Json.wire(begun.proxyKind()));
            if (outcome.code() == null) {
                payload.put("runtimeMetadata", outcome.facts());
                uow.event("proxy-installed", begun.id(), payload);
            } else {
                payload.put("errorCode", outcome.code());
                payload.put("errorMessage", outcome.message());
                payload.put("retriable", outcome.retryable());
                uow.event("proxy-install-failed", begun.id(), payload);
            }
            return null;
        });
        return new ServerProxyBootstrap(begun.id(), attemptId);
    }

    /** How an attempt ended: {@code code} null when the proxy runs. */
    private record Outcome(String code, String message, boolean retryable, Map<String, String> facts) {
    }

    private Outcome run(Server server) {
        try {
            EdgeProxy proxy;
            Map<String, String> facts;
            if (isRemote(server.providerKey())) {
                var started = remote.proxy(server.id(), () -> ServerAccesses.of(ctx, server.id()));
                facts = started.start();
                proxy = started;
            } else {
                proxy = localProxy.apply(server.providerKey()).orElseThrow(() -> new AppaloftException(
                        ErrorCode.EDGE_PROXY_NOT_CONFIGURED, "this control plane runs no edge proxy for "
                        + server.providerKey() + " servers: the host application starts it"
                        + " (AppaloftEngine.builder().edgeProxy, or the standalone server's --proxy-port)"));
                if (!proxy.answers()) {
                    throw new AppaloftException(new ErrorCode("edge_proxy_unavailable", 503, true), "the edge proxy"
                            + " of " + server.providerKey() + " servers does not answer: restart the host application");
                }
                facts = Map.of("method", "host-application");
            }
            restoreRoutes(server, proxy);
            return new Outcome(null, null, false, facts);
        } catch (AppaloftException e) {
            return new Outcome(e.code().code(), e.getMessage(), e.retryable(), Map.of());
        } catch (RuntimeException e) {
            LOG.error("bootstrapping the edge proxy of server {} failed unexpectedly", server.id(), e);
            return new Outcome("internal_error", "an unexpected error stopped the bootstrap", true, Map.of());
        }
    }

    private void restoreRoutes(Server server, EdgeProxy proxy) {
        try {
            restorer.restore(server.id(), proxy);
        } catch (RuntimeException e) {
            // the proxy runs: routes that could not be set again are reported by resource health
            LOG.warn("could not route the apps of server {} again after its proxy started: {}", server.id(), e.toString());
        }
    }

    private static void requireActive(Server server) {
        if (server.lifecycleStatus() != ServerLifecycleStatus.ACTIVE) {
            throw new AppaloftException(ErrorCode.SERVER_INACTIVE, "server " + server.id()
                    + " is inactive: its edge proxy is not changed");
        }
    }

    private static void port(Validation v, String field, Integer value) {
        v.check(value == null || (value >= 1 && value <= 65_535), field, field + " must be a port number (1-65535)");
    }

    private static int effective(Integer port, int fallback) {
        return port == null ? fallback : port;
    }
}
