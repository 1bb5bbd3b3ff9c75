package dev.appaloft.api.retention;

/**
 * {@code retentionDefaults.configure}: sets the default of one category for the instance
 * ({@code scope} system, the default) or for one organization; one policy per scope, organization
 * and category, so configuring again updates it. {@code policyId} names the policy to update.
 */
public record ConfigureRetentionDefaultInput(String policyId, RetentionScope scope, String organizationId,
                                             RetentionCategory category, Long retentionDays,
                                             Boolean dryRunSchedulingEnabled, Boolean destructiveSchedulingEnabled,
                                             Boolean enabled) {

    public static ConfigureRetentionDefaultInput system(RetentionCategory category, long days) {
        return new ConfigureRetentionDefaultInput(null, RetentionScope.SYSTEM, null, category, days, null, null, null);
    }
}
