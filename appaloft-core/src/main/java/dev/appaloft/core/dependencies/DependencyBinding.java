package dev.appaloft.core.dependencies;

import java.time.Instant;

/**
 * A resource's use of a database: its next deployments receive the connection URL as the secret
 * variable {@code targetName}. The secret itself is the database's (sealed on the dependency
 * resource); the binding keeps its version and when it last changed. Removed bindings stay as history.
 */
public record DependencyBinding(String id, String organizationId, String projectId, String environmentId,
                                String resourceId, String dependencyResourceId, String targetName, String scope,
                                String injectionMode, int secretVersion, Instant rotatedAt, String status,
                                Instant createdAt, Instant removedAt) {

    static final String ACTIVE = "active";
    static final String REMOVED = "removed";

    boolean isActive() {
        return ACTIVE.equals(status);
    }

    DependencyBinding remove(Instant now) {
        return new DependencyBinding(id, organizationId, projectId, environmentId, resourceId, dependencyResourceId,
                targetName, scope, injectionMode, secretVersion, rotatedAt, REMOVED, createdAt, now);
    }

    DependencyBinding rotated(Instant now) {
        return new DependencyBinding(id, organizationId, projectId, environmentId, resourceId, dependencyResourceId,
                targetName, scope, injectionMode, secretVersion + 1, now, status, createdAt, removedAt);
    }

    static String version(int n) {
        return "v" + n;
    }
}
