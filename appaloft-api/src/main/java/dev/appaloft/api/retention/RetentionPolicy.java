package dev.appaloft.api.retention;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How long one category is kept, and whether housekeeping prunes it on its own: with
 * {@code dryRunSchedulingEnabled} it reports what it would remove, with
 * {@code destructiveSchedulingEnabled} it removes it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RetentionPolicy(String schemaVersion, String id, RetentionScope scope, String organizationId,
                              RetentionCategory category, long retentionDays, boolean dryRunSchedulingEnabled,
                              boolean destructiveSchedulingEnabled, boolean enabled, String updatedAt,
                              String updatedByActorId, String updatedByActorKind) {

    public static final String SCHEMA_VERSION = "retention-defaults.policy/v1";
}
