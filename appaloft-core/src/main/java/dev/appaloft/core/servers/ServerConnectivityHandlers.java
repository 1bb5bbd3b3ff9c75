package dev.appaloft.core.servers;

import static dev.appaloft.api.catalog.ServerOperations.SERVERS_TEST_CONNECTIVITY;
import static dev.appaloft.api.catalog.ServerOperations.SERVERS_TEST_DRAFT_CONNECTIVITY;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.runtime.probe.ProbeCheck;
import dev.appaloft.api.runtime.probe.ProbeReport;
import dev.appaloft.api.runtime.probe.ProbeTarget;
import dev.appaloft.api.runtime.remote.RemoteRuntimes;
import dev.appaloft.api.runtime.remote.ServerAccess;
import dev.appaloft.api.servers.ConfigureServerCredentialInput.Credential;
import dev.appaloft.api.servers.ServerConnectivity;
import dev.appaloft.api.servers.TestDraftConnectivityInput;
import dev.appaloft.api.servers.TestServerConnectivityInput;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.credentials.SshCredential;
import dev.appaloft.core.credentials.SshCredentialRepository;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code servers.testConnectivity} and {@code servers.testDraftConnectivity}: each step a
 * deployment depends on, with its time and a remedy. A saved server's first host key is trusted
 * and recorded here; a draft's never is. A changed key stays refused until an admin accepts the
 * exact fingerprint the server now shows (checked out of band): the probe then trusts only that key. Servers of a local provider report that they need no
 * connection. Each test leaves one audit event (which status it found, never a key).
 */
public final class ServerConnectivityHandlers {

    private final CoreContext ctx;
    private final RemoteRuntimes remote;
    private final Set<String> localProviders;
    private final Map<String, dev.appaloft.api.runtime.DeploymentRuntime> localRuntimes;

    private ServerConnectivityHandlers(CoreContext ctx, RemoteRuntimes remote,
                                       Map<String, dev.appaloft.api.runtime.DeploymentRuntime> localRuntimes) {
        this.ctx = ctx;
        this.remote = remote;
        this.localProviders = localRuntimes.keySet();
        this.localRuntimes = localRuntimes;
    }

    /** @param remote the engine's remote runtimes, or null; {@code localProviders} run on this host */
    public static void register(HandlerRegistry registry, CoreContext ctx, RemoteRuntimes remote,
                                Map<String, dev.appaloft.api.runtime.DeploymentRuntime> localRuntimes) {
        ServerConnectivityHandlers handlers = new ServerConnectivityHandlers(ctx, remote, Map.copyOf(localRuntimes));
        registry.register(SERVERS_TEST_CONNECTIVITY, (in, actor) -> handlers.saved(in, actor));
        registry.register(SERVERS_TEST_DRAFT_CONNECTIVITY, (in, actor) -> handlers.draft(in, actor));
    }

    private ServerConnectivity saved(TestServerConnectivityInput in, Actor actor) {
        String accepted = acceptedHostKey(in); // testConnectivity is an admin's operation (access table)
        Server server = ctx.read(r -> ServerRepository.require(r, actor.organizationId(), in.serverId())).value();
        if (!isRemote(server.providerKey())) {
            ServerConnectivity result = local(server.id(), server.name(), server.host(), server.port(), server.providerKey());
            audit(actor, "servers.testConnectivity", server.id(), result, null);
            return result;
        }
        ServerAccess access = ServerAccesses.of(ctx, server.id());
        String trusted = accepted != null ? accepted : access.trustedHostKey();
        ProbeReport report = remote.probe().probe(new ProbeTarget(server.id(), access.host(), access.port(),
                username(access.username()), access.privateKey(), access.passphrase(), trusted, access.edgeProxy(),
                access.localLogin()));
        boolean keyVerified = report.presentedHostKey() != null && handshakeTrusted(report);
        if (trusted == null && keyVerified) {
            ServerAccesses.trustFirstHostKey(ctx, server.id(), report.presentedHostKey());
        }
        ServerConnectivity result = output(server.id(), server.name(), server.host(), server.port(),
                server.providerKey(), report);
        boolean replace = accepted != null && keyVerified && !accepted.equals(access.trustedHostKey());
        audit(actor, "servers.testConnectivity", server.id(), result, replace ? accepted : null);
        return result;
    }

    /** An admin's accepted fingerprint, validated; null when none was given. */
    private static String acceptedHostKey(TestServerConnectivityInput in) {
        if (in.acceptHostKey() == null) {
            return null;
        }
        Validation v = new Validation();
        v.check(in.acceptHostKey().matches("SHA256:[A-Za-z0-9+/]{43}=?"), "acceptHostKey",
                "a host key fingerprint as ssh-keygen -l prints it: SHA256: and 43 base64 characters");
        v.throwIfInvalid();
        return in.acceptHostKey();
    }

    private ServerConnectivity draft(TestDraftConnectivityInput in, Actor actor) {
        Validation v = new Validation();
        v.required("server", in.server());
        v.throwIfInvalid();
        TestDraftConnectivityInput.Draft d = in.server();
        String host = v.text("server.host", d.host(), 255);
        String provider = v.text("server.providerKey", d.providerKey(), 100);
        long port = d.port() == null ? 22 : d.port();
        v.check(port >= 1 && port <= 65_535, "server.port", "a port is 1 to 65535");
        v.throwIfInvalid();
        String name = d.name() == null || d.name().isBlank() ? host : d.name();
        ServerConnectivity result;
        if (isRemote(provider)) {
            ProbeTarget target = draftTarget(actor, host, (int) port, d.credential());
            result = output("draft", name, host, port, provider, remote.probe().probe(target));
        } else {
            result = local("draft", name, host, port, provider);
        }
        audit(actor, "servers.testDraftConnectivity", "draft", result, null);
        return result;
    }

    private ProbeTarget draftTarget(Actor actor, String host, int port, Credential credential) {
        String key = "draft-" + java.util.UUID.randomUUID();
        if (credential == null || credential.kind() == null) {
            return new ProbeTarget(key, host, port, "root", null, null, null);
        }
        return switch (credential.kind()) {
            case LOCAL_SSH_AGENT -> new ProbeTarget(key, host, port, username(credential.username()), null, null, null,
                    null, true);
            case SSH_PRIVATE_KEY -> new ProbeTarget(key, host, port, username(credential.username()),
                    credential.privateKey(), credential.passphrase(), null);
            case STORED_SSH_PRIVATE_KEY -> {
                SshCredential stored = ctx.read(r -> SshCredentialRepository.require(r, actor.organizationId(),
                        credential.credentialId())).value();
                yield new ProbeTarget(key, host, port, username(credential.username() != null ? credential.username()
                        : stored.username()), stored.key().openPrivateKey(ctx.secrets()),
                        stored.key().openPassphrase(ctx.secrets()), null);
            }
        };
    }

    private boolean isRemote(String providerKey) {
        return remote != null && remote.providerKeys().contains(providerKey);
    }

    /** The host key is only worth recording once the handshake with it succeeded. */
    private static boolean handshakeTrusted(ProbeReport report) {
        return report.checks().stream().anyMatch(c -> c.name().equals("host-key") && c.status() == ProbeCheck.Status.PASSED);
    }

    private static String username(String given) {
        return given == null || given.isBlank() ? "root" : given;
    }

    private ServerConnectivity local(String id, String name, String host, long port, String provider) {
        boolean configured = localProviders.contains(provider);
        ServerConnectivity.Check check = new ServerConnectivity.Check("runtime",
                configured ? "passed" : "failed",
                configured ? "servers of " + provider + " run on this control plane's own Docker engine: no connection needed"
                        : "no runtime is configured for provider " + provider + " on this control plane", 0, Map.of());
        List<ServerConnectivity.Check> checks = new java.util.ArrayList<>(List.of(check));
        // docker swarm: the runtime's own checks (the swarm's manager state and nodes)
        boolean failed = !configured;
        for (ProbeCheck c : configured ? localRuntimes.get(provider).connectivityChecks() : List.<ProbeCheck>of()) {
            checks.add(new ServerConnectivity.Check(c.name(), c.status().wire(), c.message(), c.durationMs(), c.metadata()));
            failed |= c.status() == ProbeCheck.Status.FAILED;
        }
        return new ServerConnectivity(id, name, host, port, provider, Timestamps.format(ctx.now()),
                failed ? "unreachable" : "healthy", checks);
    }

    private ServerConnectivity output(String id, String name, String host, long port, String provider,
                                      ProbeReport report) {
        List<ServerConnectivity.Check> checks = report.checks().stream().map(c -> new ServerConnectivity.Check(c.name(),
                c.status().wire(), c.message(), c.durationMs(), c.metadata())).toList();
        return new ServerConnectivity(id, name, host, port, provider, Timestamps.format(ctx.now()), report.status(), checks);
    }

    /** One event per test; an accepted host key replaces the recorded one in the same transaction. */
    private void audit(Actor actor, String key, String serverId, ServerConnectivity result, String acceptedHostKey) {
        ctx.command(actor, key, uow -> {
            if (acceptedHostKey == null) {
                uow.event("server.connectivity-tested", serverId, Map.of("status", result.status()));
                return null;
            }
            Versioned<Server> current = ServerRepository.require(uow.tx(), actor.organizationId(), serverId);
            String previous = current.value().hostKeyFingerprint();
            ServerRepository.update(uow.tx(), current, current.value().withHostKey(acceptedHostKey), uow.now());
            uow.event("server.connectivity-tested", serverId, Map.of("status", result.status(),
                    "acceptedHostKey", acceptedHostKey, "previousHostKey", previous == null ? "" : previous));
            return null;
        });
    }
}
