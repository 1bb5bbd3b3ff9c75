package dev.appaloft.core.servers;

import dev.appaloft.api.runtime.remote.EdgeProxySettings;
import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.runtime.remote.ServerAccess;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Versioned;
import java.util.Map;
import java.util.Optional;

/**
 * A remote server's access as the SSH runtime needs it (its edge proxy's settings included), read
 * from the store at the moment of use, and the one write the runtime makes back: the host key it
 * trusted on first use.
 */
public final class ServerAccesses {

    private ServerAccesses() {
    }

    public static ServerAccess of(CoreContext ctx, String serverId) {
        return ctx.read(r -> {
            Server server = ServerRepository.find(r, null, serverId).map(Versioned::value)
                    .orElseThrow(() -> new AppaloftException(ErrorCode.NOT_FOUND, "server " + serverId + " no longer exists"));
            Optional<ServerLogins.Login> login = ServerLogins.of(r, ctx.secrets(), server);
            return new ServerAccess(server.id(), server.host(), (int) server.port(),
                    login.map(ServerLogins.Login::username).orElse(null),
                    login.map(ServerLogins.Login::privateKey).orElse(null),
                    login.map(ServerLogins.Login::passphrase).orElse(null), server.hostKeyFingerprint(),
                    server.proxySettings(), login.map(ServerLogins.Login::viaAgent).orElse(false));
        });
    }

    /** The server's edge proxy as recorded, without opening its login; empty when it is gone or runs none. */
    public static Optional<EdgeProxySettings> proxySettings(CoreContext ctx, String serverId) {
        return ctx.read(r -> ServerRepository.find(r, null, serverId)).map(v -> v.value().proxySettings());
    }

    /** Records {@code fingerprint} as the server's trusted host key unless one is recorded already. */
    public static void trustFirstHostKey(CoreContext ctx, String serverId, String fingerprint) {
        Optional<Server> found = ctx.read(r -> ServerRepository.find(r, null, serverId)).map(Versioned::value);
        if (found.isEmpty() || found.get().hostKeyFingerprint() != null) {
            return;
        }
        Actor system = new Actor(Actor.Kind.SYSTEM, "ssh-runtime", found.get().organizationId(), Actor.Role.OWNER);
        ctx.command(system, "servers.trust-host-key", uow -> {
            Versioned<Server> current = ServerRepository.require(uow.tx(), found.get().organizationId(), serverId);
            if (current.value().hostKeyFingerprint() == null) {
                ServerRepository.update(uow.tx(), current, current.value().withHostKey(fingerprint), uow.now());
                uow.event("server.host-key-trusted", serverId, Map.of("fingerprint", fingerprint,
                        "reason", "first-use"));
            }
            return null;
        });
    }
}
