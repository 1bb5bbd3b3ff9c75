package dev.appaloft.core.environments;

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

import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;

/** Registers the {@code environments.*} handlers. */
public final class EnvironmentHandlers {

    private EnvironmentHandlers() {
    }

    public static void register(HandlerRegistry registry, CoreContext ctx) {
        EnvironmentChanges changes = new EnvironmentChanges(ctx);
        EnvironmentCopier copier = new EnvironmentCopier(changes);
        registry.register(ENVIRONMENTS_CREATE, new CreateEnvironmentHandler(ctx))
                .register(ENVIRONMENTS_LIST, new ListEnvironmentsHandler(ctx))
                .register(ENVIRONMENTS_COUNT, new CountEnvironmentsHandler(ctx))
                .register(ENVIRONMENTS_SHOW, new ShowEnvironmentHandler(ctx))
                .register(ENVIRONMENTS_RENAME, new RenameEnvironmentHandler(changes))
                .register(ENVIRONMENTS_LOCK, new LockEnvironmentHandler(changes))
                .register(ENVIRONMENTS_UNLOCK, new UnlockEnvironmentHandler(changes))
                .register(ENVIRONMENTS_ARCHIVE, new ArchiveEnvironmentHandler(changes))
                .register(ENVIRONMENTS_CLONE, new CloneEnvironmentHandler(copier))
                .register(ENVIRONMENTS_PROMOTE, new PromoteEnvironmentHandler(copier))
                .register(ENVIRONMENTS_SET_VARIABLE, new SetEnvironmentVariableHandler(changes))
                .register(ENVIRONMENTS_UNSET_VARIABLE, new UnsetEnvironmentVariableHandler(changes))
                .register(ENVIRONMENTS_EFFECTIVE_PRECEDENCE, new EffectivePrecedenceHandler(ctx))
                .register(ENVIRONMENTS_DIFF, new DiffEnvironmentsHandler(ctx));
    }
}
