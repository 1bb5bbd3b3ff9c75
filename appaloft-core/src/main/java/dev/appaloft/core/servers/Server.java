package dev.appaloft.core.servers;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.runtime.remote.EdgeProxySettings;
import dev.appaloft.core.internal.Json;
import dev.appaloft.api.servers.ProxyKind;
import dev.appaloft.api.servers.ServerLifecycleStatus;
import dev.appaloft.api.servers.ServerView;
import dev.appaloft.api.servers.TargetKind;
import dev.appaloft.core.credentials.SshCredential;
import java.time.Instant;
import dev.appaloft.api.servers.ServerView.EdgeProxy.Status;

/**
 * A deployment target ("server" on the wire) with the state of its edge proxy and how the control
 * plane logs in to it. active -> inactive ({@code servers.deactivate}) -> deleted
 * ({@code servers.delete}, a tombstone no read shows). {@code hostKeyFingerprint} is the SSH host
 * key trusted on first use (kept by connectivity tests; absent until one has run).
 * {@code proxySetup} holds the proxy's ports and last bootstrap attempt (null on servers saved
 * before it existed: defaults). The proxy's status moves only through its methods here: a new
 * kind or ports make it {@code pending} ({@code disabled} for none), a bootstrap makes it
 * {@code starting}, then {@code ready} or {@code failed}.
 */
public record Server(
        String id,
        String organizationId,
        String name,
        String host,
        long port,
        String providerKey,
        TargetKind targetKind,
        ServerLifecycleStatus lifecycleStatus,
        Instant deactivatedAt,
        String deactivationReason,
        ProxyKind proxyKind,
        Status proxyStatus,
        Instant createdAt,
        ServerCredential credential,
        String hostKeyFingerprint,
        Instant deletedAt,
        EdgeProxySetup proxySetup) {

    public Server {
        proxySetup = proxySetup == null ? EdgeProxySetup.DEFAULTS : proxySetup;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** The reusable credential the server logs in with, or null. */
    public String credentialId() {
        return credential == null ? null : credential.credentialId();
    }

    Server rename(String newName) {
        return new Server(id, organizationId, newName, host, port, providerKey, targetKind, lifecycleStatus, deactivatedAt,
                deactivationReason, proxyKind, proxyStatus, createdAt, credential, hostKeyFingerprint, deletedAt, proxySetup);
    }

    Server deactivate(String reason, Instant now) {
        return new Server(id, organizationId, name, host, port, providerKey, targetKind, ServerLifecycleStatus.INACTIVE,
                now, reason, proxyKind, proxyStatus, createdAt, credential, hostKeyFingerprint, deletedAt, proxySetup);
    }

    Server withCredential(ServerCredential next) {
        return new Server(id, organizationId, name, host, port, providerKey, targetKind, lifecycleStatus, deactivatedAt,
                deactivationReason, proxyKind, proxyStatus, createdAt, next, hostKeyFingerprint, deletedAt, proxySetup);
    }

    Server withHostKey(String fingerprint) {
        return new Server(id, organizationId, name, host, port, providerKey, targetKind, lifecycleStatus, deactivatedAt,
                deactivationReason, proxyKind, proxyStatus, createdAt, credential, fingerprint, deletedAt, proxySetup);
    }

    Server delete(Instant now) {
        return new Server(id, organizationId, name, host, port, providerKey, targetKind, lifecycleStatus, deactivatedAt,
                deactivationReason, proxyKind, proxyStatus, createdAt, credential, hostKeyFingerprint, now, proxySetup);
    }

    /** The initial status of a proxy of {@code kind}: {@code disabled} for none, else {@code pending}. */
    static Status initialProxyStatus(ProxyKind kind) {
        return kind == ProxyKind.NONE ? Status.DISABLED : Status.PENDING;
    }

    /** A new kind or new ports wait for a bootstrap; the same ones change nothing. */
    Server configureProxy(ProxyKind kind, Integer httpPort, Integer adminPort) {
        boolean same = kind == proxyKind && java.util.Objects.equals(httpPort, proxySetup.httpPort())
                && java.util.Objects.equals(adminPort, proxySetup.adminPort());
        return same ? this : withProxy(kind, initialProxyStatus(kind), proxySetup.withPorts(httpPort, adminPort));
    }

    /** A bootstrap attempt begins: {@code starting}. */
    Server beginProxyBootstrap(String attemptId, Instant now) {
        return withProxy(proxyKind, Status.STARTING, proxySetup.attempt(attemptId, now));
    }

    /** The attempt {@code attemptId} ended; an outcome of an attempt that is no longer the last changes nothing. */
    Server endProxyBootstrap(String attemptId, String errorCode, String errorMessage, Instant now) {
        if (!attemptId.equals(proxySetup.lastAttemptId()) || proxyStatus != Status.STARTING) {
            return this;
        }
        return errorCode == null ? withProxy(proxyKind, Status.READY, proxySetup.succeeded(now))
                : withProxy(proxyKind, Status.FAILED, proxySetup.failed(errorCode, errorMessage));
    }

    private Server withProxy(ProxyKind kind, Status status, EdgeProxySetup setup) {
        return new Server(id, organizationId, name, host, port, providerKey, targetKind, lifecycleStatus, deactivatedAt,
                deactivationReason, kind, status, createdAt, credential, hostKeyFingerprint, deletedAt, setup);
    }

    /** The proxy as the runtimes read it; null when it runs none. */
    public EdgeProxySettings proxySettings() {
        if (proxyKind == ProxyKind.NONE) {
            return null;
        }
        String status = Json.wire(proxyStatus);
        return new EdgeProxySettings(Json.wire(proxyKind), status,
                proxySetup.effectiveHttpPort(), proxySetup.effectiveAdminPort());
    }

    /** @param stored the reusable credential the server logs in with (null when it uses none) */
    public ServerView view(SshCredential stored) {
        return new ServerView(id, name, host, port, providerKey, targetKind, lifecycleStatus,
                Timestamps.format(deactivatedAt), deactivationReason,
                new ServerView.EdgeProxy(proxyKind, proxyStatus, Timestamps.format(proxySetup.lastAttemptAt()),
                        Timestamps.format(proxySetup.lastSucceededAt()), proxySetup.lastErrorCode(),
                        proxySetup.lastErrorMessage()),
                credential == null ? null : credential.view(stored), Timestamps.format(createdAt));
    }
}
