package dev.appaloft.api.dependencies;

/**
 * A binding as list and show answer it: which database feeds which variable of the resource, the
 * masked connection and the secret's version. Never the secret.
 */
public record DependencyBindingView(String id, String projectId, String environmentId, String resourceId,
                                    String dependencyResourceId, String dependencyResourceName,
                                    String dependencyResourceSlug, DependencyKind kind, String sourceMode,
                                    String providerKey, boolean providerManaged, String lifecycleStatus, Target target,
                                    SecretRotation secretRotation, DependencyResourceView.Connection connection,
                                    DependencyResourceView.BindingReadiness bindingReadiness,
                                    SnapshotReadiness snapshotReadiness, String status, String createdAt,
                                    String removedAt) {

    public record Target(String targetName, String scope, String injectionMode, String secretRef) {
    }

    /** Present once the secret was rotated. */
    public record SecretRotation(String secretRef, String secretVersion, String rotatedAt,
                                 String previousSecretVersion) {
    }

    /** {@code deferred} while the running deployment still uses an older secret than the binding's. */
    public record SnapshotReadiness(String status, String reason) {
    }
}
