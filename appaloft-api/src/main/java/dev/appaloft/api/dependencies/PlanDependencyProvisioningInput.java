package dev.appaloft.api.dependencies;

/**
 * {@code dependencyResources.provisioning.plan}: what provisioning ({@code mode} {@code create},
 * with {@code create}) or importing ({@code reuse}, with {@code reuse}) a database would do,
 * checked now and kept as a plan until someone accepts it. Nothing changes until then.
 */
public record PlanDependencyProvisioningInput(String mode, ProvisionDependencyResourceInput create,
                                              ImportDependencyResourceInput reuse) {

    public static PlanDependencyProvisioningInput create(ProvisionDependencyResourceInput create) {
        return new PlanDependencyProvisioningInput("create", create, null);
    }

    public static PlanDependencyProvisioningInput reuse(ImportDependencyResourceInput reuse) {
        return new PlanDependencyProvisioningInput("reuse", null, reuse);
    }
}
