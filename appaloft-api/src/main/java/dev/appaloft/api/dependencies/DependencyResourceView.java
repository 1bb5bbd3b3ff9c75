package dev.appaloft.api.dependencies;

import java.util.List;

/**
 * One dependency resource as list and show answer it: ownership, the connection with its password
 * masked, the provider's realization and delete safety. Never a credential.
 */
public record DependencyResourceView(String id, String projectId, String environmentId, String name, String slug,
                                     DependencyKind kind, String sourceMode, String providerKey,
                                     boolean providerManaged, String description, String lifecycleStatus,
                                     Connection connection, Realization providerRealization,
                                     List<DependencyCapability> desiredCapabilities,
                                     List<CapabilityReadback> capabilityReadbacks, BindingReadiness bindingReadiness,
                                     Relationship backupRelationship, DeleteSafety deleteSafety, String createdAt,
                                     String deletedAt) {

    public DependencyResourceView {
        desiredCapabilities = List.copyOf(desiredCapabilities);
        capabilityReadbacks = List.copyOf(capabilityReadbacks);
    }

    /** {@code maskedConnection}: a connection URL with the password replaced by {@code ********}. */
    public record Connection(String host, Long port, String databaseName, String maskedConnection, String secretRef) {
    }

    public record Realization(String status, String attemptId, String attemptedAt, String providerResourceHandle,
                              String realizedAt, String failedAt, String failureCode, String failureMessage) {
    }

    public record CapabilityReadback(String type, String name, boolean required, String status, List<String> evidence,
                                     String version, String checkedAt) {
    }

    public record BindingReadiness(String status, String reason) {
    }

    public record Relationship(boolean retentionRequired, String reason) {
    }

    public record DeleteSafety(List<Blocker> blockers) {
    }

    public record Blocker(String kind, String relatedEntityId, String relatedEntityType, Long count) {
    }
}
