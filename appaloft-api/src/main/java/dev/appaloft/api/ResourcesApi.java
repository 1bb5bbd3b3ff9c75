package dev.appaloft.api;

import dev.appaloft.api.catalog.ResourceOperations;

import static dev.appaloft.api.catalog.AppTaskOperations.*;
import static dev.appaloft.api.catalog.DependencyOperations.*;
import static dev.appaloft.api.catalog.DeploymentOperations.*;
import static dev.appaloft.api.catalog.DomainOperations.*;
import static dev.appaloft.api.catalog.ExtensionOperations.*;
import static dev.appaloft.api.catalog.GovernanceOperations.*;
import static dev.appaloft.api.catalog.IdentityOperations.*;
import static dev.appaloft.api.catalog.ProjectOperations.*;
import static dev.appaloft.api.catalog.ResourceOperations.*;
import static dev.appaloft.api.catalog.ServerOperations.*;
import static dev.appaloft.api.catalog.SourceOperations.*;

import dev.appaloft.api.common.CountOutput;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.resources.*;

/**
 * The {@code resources.*} operations that manage a resource's configuration; {@link #runtime()}
 * has those about its running app.
 */
public final class ResourcesApi {

    private final OperationExecutor executor;

    public ResourcesApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public IdOutput create(CreateResourceInput input) {
        return executor.execute(RESOURCES_CREATE, input);
    }

    public ResourceList list(ListResourcesInput input) {
        return executor.execute(RESOURCES_LIST, input);
    }

    public CountOutput count(CountResourcesInput input) {
        return executor.execute(RESOURCES_COUNT, input);
    }

    public ResourceDetail show(String resourceId) {
        return executor.execute(RESOURCES_SHOW, ShowResourceInput.of(resourceId));
    }

    public IdOutput archive(ArchiveResourceInput input) {
        return executor.execute(RESOURCES_ARCHIVE, input);
    }

    public IdOutput delete(DeleteResourceInput input) {
        return executor.execute(RESOURCES_DELETE, input);
    }

    public IdOutput configureSource(ConfigureSourceInput input) {
        return executor.execute(RESOURCES_CONFIGURE_SOURCE, input);
    }

    public IdOutput configureRuntime(ConfigureRuntimeInput input) {
        return executor.execute(RESOURCES_CONFIGURE_RUNTIME, input);
    }

    public IdOutput configureNetwork(ConfigureNetworkInput input) {
        return executor.execute(RESOURCES_CONFIGURE_NETWORK, input);
    }

    public IdOutput configureAccess(ConfigureAccessInput input) {
        return executor.execute(RESOURCES_CONFIGURE_ACCESS, input);
    }

    public IdOutput configureHealth(ConfigureHealthInput input) {
        return executor.execute(RESOURCES_CONFIGURE_HEALTH, input);
    }

    public IdOutput resetHealth(String resourceId) {
        return executor.execute(RESOURCES_RESET_HEALTH, new ResetHealthInput(resourceId));
    }

    public void setVariable(SetResourceVariableInput input) {
        executor.execute(RESOURCES_SET_VARIABLE, input);
    }

    public void unsetVariable(UnsetResourceVariableInput input) {
        executor.execute(RESOURCES_UNSET_VARIABLE, input);
    }

    public ImportVariablesResult importVariables(ImportResourceVariablesInput input) {
        return executor.execute(RESOURCES_IMPORT_VARIABLES, input);
    }

    public ResourceSecretRef createSecret(CreateResourceSecretInput input) {
        return executor.execute(RESOURCES_SECRETS_CREATE, input);
    }

    public ResourceSecretRef rotateSecret(RotateResourceSecretInput input) {
        return executor.execute(RESOURCES_SECRETS_ROTATE, input);
    }

    public ResourceSecretRef deleteSecret(DeleteResourceSecretInput input) {
        return executor.execute(RESOURCES_SECRETS_DELETE, input);
    }

    public ResourceSecretList secrets(ListResourceSecretsInput input) {
        return executor.execute(RESOURCES_SECRETS_LIST, input);
    }

    public ResourceSecretDetail secret(ShowResourceSecretInput input) {
        return executor.execute(RESOURCES_SECRETS_SHOW, input);
    }

    public ResourceEffectiveConfig effectiveConfig(String resourceId) {
        return executor.execute(RESOURCES_EFFECTIVE_CONFIG, new ResourceEffectiveConfigInput(resourceId));
    }

    public AutoDeployResult configureAutoDeploy(ConfigureAutoDeployInput input) {
        return executor.execute(RESOURCES_CONFIGURE_AUTO_DEPLOY, input);
    }

    /** Mounts a storage volume into the containers of the resource's next deployments; answers the attachment's id. */
    public IdOutput attachStorage(dev.appaloft.api.storage.AttachStorageInput input) {
        return executor.execute(RESOURCES_ATTACH_STORAGE, input);
    }

    /** The next deployments no longer mount it; the volume and its data stay. */
    public IdOutput detachStorage(String resourceId, String attachmentId) {
        return executor.execute(RESOURCES_DETACH_STORAGE,
                new dev.appaloft.api.storage.DetachStorageInput(resourceId, attachmentId));
    }

    /** Logs, runtime controls, health and diagnostics of the resource's running app. */
    public ResourceRuntimeApi runtime() {
        return new ResourceRuntimeApi(executor);
    }

    /** Binds a database: the resource's next deployments receive its connection URL as a secret variable. */
    public IdOutput bindDependency(dev.appaloft.api.dependencies.BindDependencyInput input) {
        return executor.execute(ResourceOperations.RESOURCES_DEPENDENCY_BINDINGS_BIND, input);
    }

    public dev.appaloft.api.dependencies.DependencyBindingList listDependencyBindings(String resourceId) {
        return executor.execute(ResourceOperations.RESOURCES_DEPENDENCY_BINDINGS_LIST,
                new dev.appaloft.api.dependencies.ListDependencyBindingsInput(resourceId));
    }

    public dev.appaloft.api.dependencies.DependencyBindingShown showDependencyBinding(String resourceId, String bindingId) {
        return executor.execute(ResourceOperations.RESOURCES_DEPENDENCY_BINDINGS_SHOW,
                new dev.appaloft.api.dependencies.DependencyBindingRef(resourceId, bindingId));
    }

    /** The next deployments no longer receive the variable; the database stays. */
    public IdOutput unbindDependency(String resourceId, String bindingId) {
        return executor.execute(ResourceOperations.RESOURCES_DEPENDENCY_BINDINGS_UNBIND,
                new dev.appaloft.api.dependencies.DependencyBindingRef(resourceId, bindingId));
    }

    /** A new database password, set in the database; bound resources need a redeploy to use it. */
    public dev.appaloft.api.dependencies.SecretRotated rotateDependencySecret(
            dev.appaloft.api.dependencies.RotateBindingSecretInput input) {
        return executor.execute(ResourceOperations.RESOURCES_DEPENDENCY_BINDINGS_ROTATE_SECRET, input);
    }
}
