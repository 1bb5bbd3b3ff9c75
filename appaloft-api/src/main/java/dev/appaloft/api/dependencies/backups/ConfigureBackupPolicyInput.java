package dev.appaloft.api.dependencies.backups;

/**
 * {@code dependencyResources.configureBackupPolicy}: a backup of the resource every
 * {@code scheduleIntervalHours}, kept {@code retentionDays}. A resource has at most one policy:
 * configuring it again (or naming its {@code policyId}) changes that one. {@code nextRunAt}
 * defaults to one interval from now; {@code retryOnFailure} and {@code enabled} to true.
 */
public record ConfigureBackupPolicyInput(String policyId, String version, String dependencyResourceId,
                                         Long retentionDays, Long scheduleIntervalHours, String providerKey,
                                         Boolean retryOnFailure, Boolean enabled, String nextRunAt) {

    public static ConfigureBackupPolicyInput every(String dependencyResourceId, long hours, long retentionDays) {
        return new ConfigureBackupPolicyInput(null, null, dependencyResourceId, retentionDays, hours, null, null, null,
                null);
    }
}
