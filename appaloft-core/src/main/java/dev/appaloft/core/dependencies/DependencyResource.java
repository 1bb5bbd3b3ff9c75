package dev.appaloft.core.dependencies;

import dev.appaloft.api.dependencies.DependencyCapability;
import dev.appaloft.api.dependencies.DependencyKind;
import dev.appaloft.api.dependencies.DependencyResourceView;
import java.time.Instant;
import java.util.List;

/**
 * A database of one environment, managed by Appaloft on one server: {@code ready} (or
 * {@code degraded} when a required capability is missing) until deleted, a tombstone whose slug is
 * free again. An imported one ({@code external} set) lives elsewhere: no server, no container, and
 * deleting it never touches it. The password is sealed by the secret box; nothing else here is secret.
 */
public record DependencyResource(String id, String organizationId, String projectId, String environmentId,
                                 String serverId, String name, String slug, DependencyKind kind, String providerKey,
                                 String description, List<DependencyCapability> capabilities,
                                 List<DependencyResourceView.CapabilityReadback> readbacks, boolean retentionRequired,
                                 String retentionReason, String lifecycleStatus, Realization realization,
                                 Credentials credentials, Instant createdAt, Instant deletedAt, External external) {

    static final String READY = "ready";
    static final String DEGRADED = "degraded";
    static final String DELETED = "deleted";

    public DependencyResource {
        capabilities = List.copyOf(capabilities);
        readbacks = List.copyOf(readbacks);
    }

    /**
     * Where the provider put it: the container ({@code handle}), its data volume and image, and
     * the loopback port it publishes on the server.
     */
    public record Realization(String status, String attemptId, Instant attemptedAt, String handle, String volume,
                              String image, Instant realizedAt) {
    }

    /** The database's login: the user and database in the clear, the password sealed. */
    public record Credentials(String host, int port, String user, String database, String sealedPassword) {
    }

    /** How an imported database's URL is rebuilt: its scheme and query (e.g. {@code sslmode=require}). */
    public record External(String scheme, String query) {
    }

    public boolean isImported() {
        return external != null;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    DependencyResource rename(String newName, String newSlug) {
        return new DependencyResource(id, organizationId, projectId, environmentId, serverId, newName, newSlug, kind,
                providerKey, description, capabilities, readbacks, retentionRequired, retentionReason, lifecycleStatus,
                realization, credentials, createdAt, deletedAt, external);
    }

    DependencyResource withSealedPassword(String sealed) {
        Credentials c = new Credentials(credentials.host(), credentials.port(), credentials.user(),
                credentials.database(), sealed);
        return new DependencyResource(id, organizationId, projectId, environmentId, serverId, name, slug, kind,
                providerKey, description, capabilities, readbacks, retentionRequired, retentionReason, lifecycleStatus,
                realization, c, createdAt, deletedAt, external);
    }

    DependencyResource delete(Instant now) {
        Realization gone = new Realization(DELETED, realization.attemptId(), realization.attemptedAt(),
                realization.handle(), realization.volume(), realization.image(), realization.realizedAt());
        return new DependencyResource(id, organizationId, projectId, environmentId, serverId, name, slug, kind,
                providerKey, description, capabilities, readbacks, retentionRequired, retentionReason, DELETED, gone,
                credentials, createdAt, now, external);
    }
}
