package dev.appaloft.core.servers.capacity;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.servers.capacity.CapacityPolicy;
import dev.appaloft.api.servers.capacity.PruneCategory;
import dev.appaloft.api.servers.capacity.PrunePolicyScope;
import java.time.Instant;
import java.util.List;

/**
 * A scheduled prune policy as stored, in one organization: one per scope and server there
 * ({@code serverId} {@code *} for every server of the organization). {@code version} is the
 * policy's own label ({@code v1}); the store versions every write on top of it.
 */
record CapacityPolicyRecord(String id, String organizationId, String version, PrunePolicyScope scope, String serverId,
                            long retentionDays, boolean destructive, List<PruneCategory> categories,
                            boolean retryOnFailure, boolean enabled, Instant createdAt, Instant updatedAt,
                            String updatedByActorId) {

    CapacityPolicyRecord {
        categories = List.copyOf(categories);
    }

    /** The one key per organization, scope and server. */
    String slotKey() {
        return slot(organizationId, scope, serverId);
    }

    static String slot(String organizationId, PrunePolicyScope scope, String serverId) {
        return "slot:" + organizationId + ":" + scope.wire() + ":" + serverId;
    }

    /** Whether {@code other} configures the same thing (who and when aside). */
    boolean sameSettings(CapacityPolicyRecord other) {
        return version.equals(other.version) && scope == other.scope && serverId.equals(other.serverId)
                && retentionDays == other.retentionDays && destructive == other.destructive
                && categories.equals(other.categories) && retryOnFailure == other.retryOnFailure
                && enabled == other.enabled;
    }

    CapacityPolicy view() {
        return new CapacityPolicy(CapacityPolicy.SCHEMA_VERSION, id, version, scope, serverId, retentionDays, destructive,
                categories, categories.size(), retryOnFailure, enabled, Timestamps.format(updatedAt));
    }
}
