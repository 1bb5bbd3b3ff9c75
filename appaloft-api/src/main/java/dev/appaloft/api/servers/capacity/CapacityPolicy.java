package dev.appaloft.api.servers.capacity;

import java.util.List;

/** A scheduled prune policy as it is read back (nothing in it is secret). */
public record CapacityPolicy(String schemaVersion, String id, String version, PrunePolicyScope scope, String serverId,
                             long retentionDays, boolean destructive, List<PruneCategory> categories, int categoryCount,
                             boolean retryOnFailure, boolean enabled, String updatedAt) {

    public static final String SCHEMA_VERSION = "scheduled-runtime-prune-policies.policy/v1";
    /** The serverId of a policy for every server of the organization. */
    public static final String ALL_SERVERS = "*";
}
