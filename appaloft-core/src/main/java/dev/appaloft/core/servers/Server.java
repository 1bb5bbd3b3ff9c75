package dev.appaloft.core.servers;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.servers.ProxyKind;
import dev.appaloft.api.servers.ServerLifecycleStatus;
import dev.appaloft.api.servers.ServerView;
import dev.appaloft.api.servers.TargetKind;
import dev.appaloft.core.credentials.SshCredential;
import java.time.Instant;

/**
 * A deployment target ("server" on the wire) with the state of its edge proxy and how the control
 * plane logs in to it. active -> inactive ({@code servers.deactivate}) -> deleted
 * ({@code servers.delete}, a tombstone no read shows). {@code hostKeyFingerprint} is the SSH host
 * key trusted on first use (kept by connectivity tests; absent until one has run).
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
        ServerView.EdgeProxy.Status proxyStatus,
        Instant createdAt,
        ServerCredential credential,
        String hostKeyFingerprint,
        Instant deletedAt) {

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** The reusable credential the server logs in with, or null. */
    public String credentialId() {
        return credential == null ? null : credential.credentialId();
    }

    Server rename(String newName) {
        return new Server(id, organizationId, newName, host, port, providerKey, targetKind, lifecycleStatus, deactivatedAt,
                deactivationReason, proxyKind, proxyStatus, createdAt, credential, hostKeyFingerprint, deletedAt);
    }

    Server deactivate(String reason, Instant now) {
        return new Server(id, organizationId, name, host, port, providerKey, targetKind, ServerLifecycleStatus.INACTIVE,
                now, reason, proxyKind, proxyStatus, createdAt, credential, hostKeyFingerprint, deletedAt);
    }

    Server withCredential(ServerCredential next) {
        return new Server(id, organizationId, name, host, port, providerKey, targetKind, lifecycleStatus, deactivatedAt,
                deactivationReason, proxyKind, proxyStatus, createdAt, next, hostKeyFingerprint, deletedAt);
    }

    Server delete(Instant now) {
        return new Server(id, organizationId, name, host, port, providerKey, targetKind, lifecycleStatus, deactivatedAt,
                deactivationReason, proxyKind, proxyStatus, createdAt, credential, hostKeyFingerprint, now);
    }

    /** @param stored the reusable credential the server logs in with (null when it uses none) */
    public ServerView view(SshCredential stored) {
        return new ServerView(id, name, host, port, providerKey, targetKind, lifecycleStatus,
                Timestamps.format(deactivatedAt), deactivationReason,
                new ServerView.EdgeProxy(proxyKind, proxyStatus, null, null, null, null),
                credential == null ? null : credential.view(stored), Timestamps.format(createdAt));
    }
}
