package dev.appaloft.api.dependencies;

/** {@code dependencyResources.provisioning.accept}: carries a plan out; {@code acknowledgeMutation} must be true. */
public record AcceptDependencyProvisioningInput(String planId, Boolean acknowledgeMutation) {

    public static AcceptDependencyProvisioningInput of(String planId) {
        return new AcceptDependencyProvisioningInput(planId, true);
    }
}
