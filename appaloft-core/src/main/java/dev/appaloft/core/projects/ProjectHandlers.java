package dev.appaloft.core.projects;

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
import java.util.List;

/** Registers the {@code projects.*} handlers. */
public final class ProjectHandlers {

    private ProjectHandlers() {
    }

    public static void register(HandlerRegistry registry, CoreContext ctx, List<DeleteBlockerSource> blockerSources) {
        ProjectDeletionRules rules = new ProjectDeletionRules(blockerSources);
        registry.register(PROJECTS_CREATE, new CreateProjectHandler(ctx))
                .register(PROJECTS_LIST, new ListProjectsHandler(ctx))
                .register(PROJECTS_COUNT, new CountProjectsHandler(ctx))
                .register(PROJECTS_SHOW, new ShowProjectHandler(ctx))
                .register(PROJECTS_RENAME, new RenameProjectHandler(ctx))
                .register(PROJECTS_SET_DESCRIPTION, new SetProjectDescriptionHandler(ctx))
                .register(PROJECTS_ARCHIVE, new ArchiveProjectHandler(ctx))
                .register(PROJECTS_RESTORE, new RestoreProjectHandler(ctx))
                .register(PROJECTS_DELETE_CHECK, new ProjectDeleteCheckHandler(ctx, rules))
                .register(PROJECTS_DELETE, new DeleteProjectHandler(ctx, rules));
    }
}
