package dev.appaloft.api.servers.capacity;

/**
 * {@code servers.capacity.policy.list}: the caller's organization's policies, optionally of one
 * server ({@code *} for those of every server), one scope, and only enabled ones
 * ({@code enabledOnly} {@code "true"}/{@code "false"}, a string as the spec's query allows).
 */
public record ListCapacityPoliciesInput(String serverId, PrunePolicyScope scope, String enabledOnly) {

    public static ListCapacityPoliciesInput all() {
        return new ListCapacityPoliciesInput(null, null, null);
    }

    public static ListCapacityPoliciesInput of(String serverId, PrunePolicyScope scope, boolean enabledOnly) {
        return new ListCapacityPoliciesInput(serverId, scope, Boolean.toString(enabledOnly));
    }
}
