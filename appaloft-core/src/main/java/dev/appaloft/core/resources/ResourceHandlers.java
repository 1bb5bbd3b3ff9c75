package dev.appaloft.core.resources;

import java.util.List;
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

import dev.appaloft.api.resources.ConfigureAccessInput;
import dev.appaloft.api.resources.ConfigureHealthInput;
import dev.appaloft.api.resources.ConfigureNetworkInput;
import dev.appaloft.api.resources.ConfigureRuntimeInput;
import dev.appaloft.api.resources.ConfigureSourceInput;
import dev.appaloft.api.resources.ResetHealthInput;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.resources.running.AccessSummaries;
import dev.appaloft.core.resources.running.RunningHandlers;

/**
 * Registers the {@code resources.*} handlers: those that manage a resource's configuration here,
 * those about its running app through {@link RunningHandlers}.
 */
public final class ResourceHandlers {

    private ResourceHandlers() {
    }

    public static void register(HandlerRegistry registry, CoreContext ctx, DeploymentRuntimes runtimes,
                                List<ResourceDeleteBlockerSource> deleteBlockers) {
        ResourceChanges changes = new ResourceChanges(ctx);
        ResourceViews views = new ResourceViews(new AccessSummaries(runtimes));
        ResourceSecretCommand secrets = new ResourceSecretCommand(changes);
        ResourceSecretReads secretReads = new ResourceSecretReads(ctx);
        registry.register(RESOURCES_CREATE, new CreateResourceHandler(ctx))
                .register(RESOURCES_LIST, new ListResourcesHandler(ctx, views))
                .register(RESOURCES_COUNT, new CountResourcesHandler(ctx))
                .register(RESOURCES_SHOW, new ShowResourceHandler(ctx, views))
                .register(RESOURCES_ARCHIVE, new ArchiveResourceHandler(ctx))
                .register(RESOURCES_DELETE, new DeleteResourceHandler(ctx, deleteBlockers))
                .register(RESOURCES_CONFIGURE_SOURCE, new ConfigureProfileHandler<>(changes, "resources.configureSource",
                        "resource-source-configured", ConfigureSourceInput::resourceId,
                        (v, in) -> {
                            v.required("source", in.source());
                            return SourceRules.normalize(v, "source", in.source());
                        },
                        (d, source) -> { d.source = source; return d; }))
                .register(RESOURCES_CONFIGURE_RUNTIME, new ConfigureProfileHandler<>(changes, "resources.configureRuntime",
                        "resource-runtime-configured", ConfigureRuntimeInput::resourceId,
                        (v, in) -> {
                            v.required("runtimeProfile", in.runtimeProfile());
                            return ResourceProfiles.runtime(v, "runtimeProfile", in.runtimeProfile());
                        },
                        (d, runtime) -> { d.runtimeProfile = runtime; return d; }))
                .register(RESOURCES_CONFIGURE_NETWORK, new ConfigureProfileHandler<>(changes, "resources.configureNetwork",
                        "resource-network-configured", ConfigureNetworkInput::resourceId,
                        (v, in) -> {
                            v.required("networkProfile", in.networkProfile());
                            return ResourceProfiles.network(v, "networkProfile", in.networkProfile());
                        },
                        (d, network) -> { d.networkProfile = network; return d; }))
                .register(RESOURCES_CONFIGURE_ACCESS, new ConfigureProfileHandler<>(changes, "resources.configureAccess",
                        "resource-access-configured", ConfigureAccessInput::resourceId,
                        (v, in) -> {
                            v.required("accessProfile", in.accessProfile());
                            return ResourceProfiles.access(v, "accessProfile", in.accessProfile());
                        },
                        (d, access) -> { d.accessProfile = access; return d; }))
                .register(RESOURCES_CONFIGURE_HEALTH, new ConfigureProfileHandler<>(changes, "resources.configureHealth",
                        "resource-health-policy-configured", ConfigureHealthInput::resourceId,
                        (v, in) -> {
                            v.required("healthCheck", in.healthCheck());
                            return in.healthCheck() == null ? null
                                    : ResourceProfiles.health(v, "healthCheck", in.healthCheck());
                        },
                        (d, health) -> { d.healthPolicy = health; return d; }))
                .register(RESOURCES_RESET_HEALTH, new ConfigureProfileHandler<>(changes, "resources.resetHealth",
                        "resource-health-policy-reset", ResetHealthInput::resourceId, (v, in) -> null,
                        (d, none) -> { d.healthPolicy = null; return d; }))
                .register(RESOURCES_SET_VARIABLE, new SetResourceVariableHandler(changes))
                .register(RESOURCES_UNSET_VARIABLE, new UnsetResourceVariableHandler(changes))
                .register(RESOURCES_IMPORT_VARIABLES, new ImportVariablesHandler(changes))
                .register(RESOURCES_SECRETS_CREATE, (in, actor) -> secrets.run(ResourceSecretCommand.Mode.CREATE, actor,
                        in.resourceId(), in.key(), in.value(), in.exposure()))
                .register(RESOURCES_SECRETS_ROTATE, (in, actor) -> secrets.run(ResourceSecretCommand.Mode.ROTATE, actor,
                        in.resourceId(), in.key(), in.value(), in.exposure()))
                .register(RESOURCES_SECRETS_DELETE, (in, actor) -> secrets.run(ResourceSecretCommand.Mode.DELETE, actor,
                        in.resourceId(), in.key(), null, in.exposure()))
                .register(RESOURCES_SECRETS_LIST, (in, actor) -> secretReads.list(actor, in.resourceId(), in.exposure()))
                .register(RESOURCES_SECRETS_SHOW, (in, actor) -> secretReads.show(actor, in.resourceId(), in.key(),
                        in.exposure()))
                .register(RESOURCES_EFFECTIVE_CONFIG, new ResourceEffectiveConfigHandler(ctx))
                .register(RESOURCES_CONFIGURE_AUTO_DEPLOY, new ConfigureAutoDeployHandler(changes));
        RunningHandlers.register(registry, ctx, runtimes);
    }
}
