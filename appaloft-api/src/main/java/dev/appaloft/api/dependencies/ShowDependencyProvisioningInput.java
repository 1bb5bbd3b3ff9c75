package dev.appaloft.api.dependencies;

/** {@code dependencyResources.provisioning.status}: a plan and how it ended. */
public record ShowDependencyProvisioningInput(String planId) {
}
