package dev.appaloft.api.servers.capacity;

import java.util.List;

/**
 * {@code servers.capacity.policy.configure}: a scheduled prune policy of the caller's
 * organization. {@code scope} and {@code retentionDays} (1 or more: the cutoff of each scheduled
 * run) are required; {@code version} defaults to {@code v1}, {@code serverId} to {@code *} (every
 * server), {@code destructive} to false (scheduled runs are dry runs), {@code categories} to
 * {@link PruneCategory#POLICY_DEFAULTS}, {@code retryOnFailure} and {@code enabled} to true.
 * There is one policy per scope and server: configuring the same pair again (or naming the
 * policy by {@code policyId}) updates it, and configuring it as it already is changes nothing.
 */
public record ConfigureCapacityPolicyInput(String policyId, String version, PrunePolicyScope scope, String serverId,
                                           Long retentionDays, Boolean destructive, List<PruneCategory> categories,
                                           Boolean retryOnFailure, Boolean enabled) {

    public static ConfigureCapacityPolicyInput of(PrunePolicyScope scope, String serverId, long retentionDays) {
        return new ConfigureCapacityPolicyInput(null, null, scope, serverId, retentionDays, null, null, null, null);
    }
}
