package dev.appaloft.api.dependencies;

import java.util.List;

/**
 * A provisioning plan: status {@code planned → accepted → realized | failed}; once realized it
 * names the dependency resource it made; a failure keeps its code and message.
 */
public record DependencyProvisioningPlan(String schemaVersion, Plan plan, String generatedAt) {

    public static final String SCHEMA_VERSION = "dependency-resource-provisioning.plan/v1";

    /** {@code endpoint} is the masked connection of a reuse; {@code summary} says what accepting does, a line a step. */
    public record Plan(String id, String mode, String status, DependencyKind kind, String projectId,
                       String environmentId, String name, String providerKey, String serverId, String endpoint,
                       List<DependencyCapability> capabilities, boolean requiresAcceptance, String requestedAt,
                       String acceptedAt, String completedAt, String dependencyResourceId, String failureCode,
                       String failureMessage, List<String> summary) {
    }
}
