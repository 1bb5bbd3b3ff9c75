package dev.appaloft.core.servers;

import static dev.appaloft.api.catalog.ServerOperations.*;

import dev.appaloft.api.common.CountOutput;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.servers.ProxyKind;
import dev.appaloft.api.servers.ServerDetail;
import dev.appaloft.api.servers.ServerLifecycleStatus;
import dev.appaloft.api.servers.ServerList;
import dev.appaloft.api.servers.ServerView;
import dev.appaloft.api.servers.TargetKind;
import dev.appaloft.core.credentials.SshKeys;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Validation;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Registers the {@code servers.*} handlers that need no connection to the server: create, list,
 * count, show, rename, deactivate, configureCredential, deleteCheck and delete. Registration
 * records the target; the edge proxy stays {@code pending} until {@code servers.bootstrapProxy}
 * starts it ({@link ServerEdgeProxyHandlers}).
 */
public final class ServerHandlers {

    static final int NAME = 120;

    // a host name (RFC 1123 labels) or an IPv4/IPv6 literal
    private static final Pattern HOST = Pattern.compile(
            "(?i)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*|\\[?[0-9a-f:.]+]?");

    private ServerHandlers() {
    }

    /** @param blockerSources what else (deployments, ...) keeps a server from being deleted */
    public static void register(HandlerRegistry registry, CoreContext ctx, List<ServerDeleteBlockerSource> blockerSources) {
        ServerLifecycleHandlers lifecycle = new ServerLifecycleHandlers(ctx, new ServerDeletionRules(blockerSources));
        registry.register(SERVERS_RENAME, lifecycle::rename)
                .register(SERVERS_DEACTIVATE, lifecycle::deactivate)
                .register(SERVERS_DELETE_CHECK, lifecycle::deleteCheck)
                .register(SERVERS_DELETE, lifecycle::delete)
                .register(SERVERS_CONFIGURE_CREDENTIAL, new ConfigureServerCredentialHandler(ctx, SshKeys.discovered()));
        registry.register(SERVERS_CREATE, (in, actor) -> {
            Validation v = new Validation();
            String name = v.text("name", in.name(), NAME);
            String host = v.text("host", in.host(), 253);
            v.check(host == null || HOST.matcher(host).matches(), "host", "host must be a host name or an IP address");
            v.required("providerKey", in.providerKey());
            v.check(in.providerKey() == null || ServerProviders.KNOWN.contains(in.providerKey()), "providerKey",
                    "providerKey must be one of " + ServerProviders.KNOWN.stream().sorted().toList());
            long port = in.port() == null ? 22 : in.port();
            v.check(port >= 1 && port <= 65_535, "port", "port must be a port number (1-65535)");
            v.throwIfInvalid();
            ProxyKind proxy = in.proxyKind() == null ? ProxyKind.TRAEFIK : in.proxyKind();
            return ctx.command(actor, "servers.create", uow -> {
                Server server = new Server(Ids.next("srv"), actor.organizationId(), name, host, port, in.providerKey(),
                        in.targetKind() == null ? TargetKind.SINGLE_SERVER : in.targetKind(), ServerLifecycleStatus.ACTIVE,
                        null, null, proxy, Server.initialProxyStatus(proxy), uow.now(), null, null, null, null);
                ServerRepository.insert(uow.tx(), server, uow.now());
                uow.event("deployment_target.registered", server.id(), Map.of("name", name, "providerKey",
                        in.providerKey(), "host", host));
                return new IdOutput(server.id());
            });
        });
        registry.register(SERVERS_LIST, (in, actor) -> {
            Validation v = new Validation();
            int limit = v.limit(in.limit(), 100, 500);
            v.throwIfInvalid();
            return new ServerList(ctx.read(r -> ServerViews.of(r, actor.organizationId(),
                    ServerRepository.list(r, actor.organizationId(), limit))));
        });
        registry.register(SERVERS_COUNT, (in, actor) ->
                new CountOutput(ctx.read(r -> ServerRepository.count(r, actor.organizationId()))));
        registry.register(SERVERS_SHOW, (in, actor) -> {
            ServerView server = ctx.read(r -> ServerViews.of(r, actor.organizationId(),
                    List.of(ServerRepository.require(r, actor.organizationId(), in.serverId()).value())).get(0));
            // nothing can be placed on a server yet: the rollups are honest zeros until deployments exist
            ServerDetail.Rollups rollups = Boolean.TRUE.equals(in.includeRollups())
                    ? new ServerDetail.Rollups(new ServerDetail.Resources(0, List.of()),
                    new ServerDetail.Deployments(0, List.of()), new ServerDetail.Domains(0, List.of()))
                    : null;
            return new ServerDetail(ServerDetail.SCHEMA_VERSION, server, rollups, Timestamps.format(ctx.now()));
        });
    }
}
