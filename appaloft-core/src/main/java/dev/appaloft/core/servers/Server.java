package dev.appaloft.core.servers;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.servers.ProxyKind;
import dev.appaloft.api.servers.ServerLifecycleStatus;
import dev.appaloft.api.servers.ServerView;
import dev.appaloft.api.servers.TargetKind;
import java.time.Instant;

/** A deployment target ("server" on the wire) with the state of its edge proxy. */
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
        Instant createdAt) {

    public ServerView view() {
        return new ServerView(id, name, host, port, providerKey, targetKind, lifecycleStatus,
                Timestamps.format(deactivatedAt), deactivationReason,
                new ServerView.EdgeProxy(proxyKind, proxyStatus, null, null, null, null), Timestamps.format(createdAt));
    }
}
