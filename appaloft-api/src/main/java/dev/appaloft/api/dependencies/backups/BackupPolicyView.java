package dev.appaloft.api.dependencies.backups;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A scheduled backup policy with its last and next run. */
public record BackupPolicyView(String schemaVersion, String id, String version, String dependencyResourceId,
                               long retentionDays, long scheduleIntervalHours,
                               @JsonInclude(JsonInclude.Include.ALWAYS) String providerKey, boolean retryOnFailure,
                               boolean enabled, @JsonInclude(JsonInclude.Include.ALWAYS) String lastRunAt,
                               String nextRunAt, String updatedAt) {

    public static final String SCHEMA_VERSION = "dependency-resource-backup-policies.policy/v1";
}
