package dev.appaloft.api;

import static dev.appaloft.api.catalog.DependencyOperations.*;

import dev.appaloft.api.common.CountOutput;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.dependencies.*;

/**
 * The {@code dependencyResources.*} operations built so far: provisioning an Appaloft-managed
 * Postgres on a server, reading, counting, renaming and deleting dependency resources. Imports,
 * provisioning plans, bindings and backups are not built yet (they answer {@code not_implemented}).
 */
public final class DependencyResourcesApi {

    private final OperationExecutor executor;

    public DependencyResourcesApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public IdOutput provision(ProvisionDependencyResourceInput input) {
        return executor.execute(DEPENDENCY_RESOURCES_PROVISION, input);
    }

    /** A database that lives elsewhere, made bindable; nothing is started. */
    public IdOutput importExternal(ImportDependencyResourceInput input) {
        return executor.execute(DEPENDENCY_RESOURCES_IMPORT, input);
    }

    /** What a provision or an import would do, kept as a plan until accepted. */
    public DependencyProvisioningPlan plan(PlanDependencyProvisioningInput input) {
        return executor.execute(DEPENDENCY_RESOURCES_PROVISIONING_PLAN, input);
    }

    public DependencyProvisioningPlan accept(AcceptDependencyProvisioningInput input) {
        return executor.execute(DEPENDENCY_RESOURCES_PROVISIONING_ACCEPT, input);
    }

    public DependencyProvisioningPlan planStatus(ShowDependencyProvisioningInput input) {
        return executor.execute(DEPENDENCY_RESOURCES_PROVISIONING_STATUS, input);
    }

    public DependencyResourceList list(ListDependencyResourcesInput input) {
        return executor.execute(DEPENDENCY_RESOURCES_LIST, input);
    }

    public CountOutput count(CountDependencyResourcesInput input) {
        return executor.execute(DEPENDENCY_RESOURCES_COUNT, input);
    }

    public DependencyResourceShown show(String dependencyResourceId) {
        return executor.execute(DEPENDENCY_RESOURCES_SHOW, new ShowDependencyResourceInput(dependencyResourceId));
    }

    public IdOutput rename(String dependencyResourceId, String name) {
        return executor.execute(DEPENDENCY_RESOURCES_RENAME, new RenameDependencyResourceInput(dependencyResourceId, name));
    }

    public IdOutput delete(String dependencyResourceId) {
        return executor.execute(DEPENDENCY_RESOURCES_DELETE, new DeleteDependencyResourceInput(dependencyResourceId));
    }
}
