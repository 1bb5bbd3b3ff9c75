package dev.appaloft.api;

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
import dev.appaloft.api.projects.*;

/** The {@code projects.*} operations. */
public final class ProjectsApi {

    private final OperationExecutor executor;

    public ProjectsApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public IdOutput create(CreateProjectInput input) {
        return executor.execute(PROJECTS_CREATE, input);
    }

    public ProjectList list(ListProjectsInput input) {
        return executor.execute(PROJECTS_LIST, input);
    }

    public CountOutput count() {
        return executor.execute(PROJECTS_COUNT, new CountProjectsInput());
    }

    public ProjectView show(String projectId) {
        return executor.execute(PROJECTS_SHOW, new ShowProjectInput(projectId));
    }

    public IdOutput rename(RenameProjectInput input) {
        return executor.execute(PROJECTS_RENAME, input);
    }

    public IdOutput setDescription(SetProjectDescriptionInput input) {
        return executor.execute(PROJECTS_SET_DESCRIPTION, input);
    }

    public IdOutput archive(ArchiveProjectInput input) {
        return executor.execute(PROJECTS_ARCHIVE, input);
    }

    public IdOutput restore(String projectId) {
        return executor.execute(PROJECTS_RESTORE, new RestoreProjectInput(projectId));
    }

    public ProjectDeleteCheck deleteCheck(String projectId) {
        return executor.execute(PROJECTS_DELETE_CHECK, new ProjectDeleteCheckInput(projectId));
    }

    public IdOutput delete(DeleteProjectInput input) {
        return executor.execute(PROJECTS_DELETE, input);
    }
}
