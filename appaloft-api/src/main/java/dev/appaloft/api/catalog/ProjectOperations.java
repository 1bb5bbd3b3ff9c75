package dev.appaloft.api.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.common.CountOutput;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.deployments.*;
import dev.appaloft.api.deploytokens.*;
import dev.appaloft.api.environments.*;
import dev.appaloft.api.extensions.*;
import dev.appaloft.api.identity.*;
import dev.appaloft.api.projects.*;
import dev.appaloft.api.resources.*;
import dev.appaloft.api.resources.running.*;
import dev.appaloft.api.servers.*;
import dev.appaloft.api.stream.EventStream;
import java.util.List;

/** The catalog's area of projects and environments. Part of {@link AppaloftOperations#ALL}. */
@SuppressWarnings("unused")
public final class ProjectOperations {

    private static final Api API = Api.APPALOFT;

    public static final Operation<CountProjectsInput, CountOutput> PROJECTS_COUNT =
            Operation.of(API, "projects.count", OperationKind.QUERY, HttpMethod.GET, "/projects/count", 200, CountProjectsInput.class, CountOutput.class);
    public static final Operation<ListProjectsInput, ProjectList> PROJECTS_LIST =
            Operation.of(API, "projects.list", OperationKind.QUERY, HttpMethod.GET, "/projects", 200, ListProjectsInput.class, ProjectList.class);
    public static final Operation<CreateProjectInput, IdOutput> PROJECTS_CREATE =
            Operation.of(API, "projects.create", OperationKind.COMMAND, HttpMethod.POST, "/projects", 201, CreateProjectInput.class, IdOutput.class);
    public static final Operation<ShowProjectInput, ProjectView> PROJECTS_SHOW =
            Operation.of(API, "projects.show", OperationKind.QUERY, HttpMethod.GET, "/projects/{projectId}", 200, ShowProjectInput.class, ProjectView.class);
    public static final Operation<DeleteProjectInput, IdOutput> PROJECTS_DELETE =
            Operation.of(API, "projects.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/projects/{projectId}", 200, DeleteProjectInput.class, IdOutput.class);
    public static final Operation<RenameProjectInput, IdOutput> PROJECTS_RENAME =
            Operation.of(API, "projects.rename", OperationKind.COMMAND, HttpMethod.POST, "/projects/{projectId}/rename", 200, RenameProjectInput.class, IdOutput.class);
    public static final Operation<SetProjectDescriptionInput, IdOutput> PROJECTS_SET_DESCRIPTION =
            Operation.of(API, "projects.setDescription", OperationKind.COMMAND, HttpMethod.POST, "/projects/{projectId}/description", 200, SetProjectDescriptionInput.class, IdOutput.class);
    public static final Operation<ArchiveProjectInput, IdOutput> PROJECTS_ARCHIVE =
            Operation.of(API, "projects.archive", OperationKind.COMMAND, HttpMethod.POST, "/projects/{projectId}/archive", 200, ArchiveProjectInput.class, IdOutput.class);
    public static final Operation<RestoreProjectInput, IdOutput> PROJECTS_RESTORE =
            Operation.of(API, "projects.restore", OperationKind.COMMAND, HttpMethod.POST, "/projects/{projectId}/restore", 200, RestoreProjectInput.class, IdOutput.class);
    public static final Operation<ProjectDeleteCheckInput, ProjectDeleteCheck> PROJECTS_DELETE_CHECK =
            Operation.of(API, "projects.deleteCheck", OperationKind.QUERY, HttpMethod.GET, "/projects/{projectId}/delete-check", 200, ProjectDeleteCheckInput.class, ProjectDeleteCheck.class);
    public static final Operation<CountEnvironmentsInput, CountOutput> ENVIRONMENTS_COUNT =
            Operation.of(API, "environments.count", OperationKind.QUERY, HttpMethod.GET, "/environments/count", 200, CountEnvironmentsInput.class, CountOutput.class);
    public static final Operation<ListEnvironmentsInput, EnvironmentList> ENVIRONMENTS_LIST =
            Operation.of(API, "environments.list", OperationKind.QUERY, HttpMethod.GET, "/environments", 200, ListEnvironmentsInput.class, EnvironmentList.class);
    public static final Operation<CreateEnvironmentInput, IdOutput> ENVIRONMENTS_CREATE =
            Operation.of(API, "environments.create", OperationKind.COMMAND, HttpMethod.POST, "/environments", 201, CreateEnvironmentInput.class, IdOutput.class);
    public static final Operation<ShowEnvironmentInput, EnvironmentView> ENVIRONMENTS_SHOW =
            Operation.of(API, "environments.show", OperationKind.QUERY, HttpMethod.GET, "/environments/{environmentId}", 200, ShowEnvironmentInput.class, EnvironmentView.class);
    public static final Operation<LockEnvironmentInput, IdOutput> ENVIRONMENTS_LOCK =
            Operation.of(API, "environments.lock", OperationKind.COMMAND, HttpMethod.POST, "/environments/{environmentId}/lock", 200, LockEnvironmentInput.class, IdOutput.class);
    public static final Operation<UnlockEnvironmentInput, IdOutput> ENVIRONMENTS_UNLOCK =
            Operation.of(API, "environments.unlock", OperationKind.COMMAND, HttpMethod.POST, "/environments/{environmentId}/unlock", 200, UnlockEnvironmentInput.class, IdOutput.class);
    public static final Operation<ArchiveEnvironmentInput, IdOutput> ENVIRONMENTS_ARCHIVE =
            Operation.of(API, "environments.archive", OperationKind.COMMAND, HttpMethod.POST, "/environments/{environmentId}/archive", 200, ArchiveEnvironmentInput.class, IdOutput.class);
    public static final Operation<CloneEnvironmentInput, IdOutput> ENVIRONMENTS_CLONE =
            Operation.of(API, "environments.clone", OperationKind.COMMAND, HttpMethod.POST, "/environments/{environmentId}/clone", 200, CloneEnvironmentInput.class, IdOutput.class);
    public static final Operation<RenameEnvironmentInput, IdOutput> ENVIRONMENTS_RENAME =
            Operation.of(API, "environments.rename", OperationKind.COMMAND, HttpMethod.POST, "/environments/{environmentId}/rename", 200, RenameEnvironmentInput.class, IdOutput.class);
    public static final Operation<SetEnvironmentVariableInput, Void> ENVIRONMENTS_SET_VARIABLE =
            Operation.of(API, "environments.setVariable", OperationKind.COMMAND, HttpMethod.POST, "/environments/{environmentId}/variables", 204, SetEnvironmentVariableInput.class, Void.class);
    public static final Operation<UnsetEnvironmentVariableInput, Void> ENVIRONMENTS_UNSET_VARIABLE =
            Operation.of(API, "environments.unsetVariable", OperationKind.COMMAND, HttpMethod.DELETE, "/environments/{environmentId}/variables/{key}", 204, UnsetEnvironmentVariableInput.class, Void.class);
    public static final Operation<EffectivePrecedenceInput, EffectivePrecedence> ENVIRONMENTS_EFFECTIVE_PRECEDENCE =
            Operation.of(API, "environments.effectivePrecedence", OperationKind.QUERY, HttpMethod.GET, "/environments/{environmentId}/effective-precedence", 200, EffectivePrecedenceInput.class, EffectivePrecedence.class);
    public static final Operation<PromoteEnvironmentInput, IdOutput> ENVIRONMENTS_PROMOTE =
            Operation.of(API, "environments.promote", OperationKind.COMMAND, HttpMethod.POST, "/environments/{environmentId}/promote", 200, PromoteEnvironmentInput.class, IdOutput.class);
    public static final Operation<DiffEnvironmentsInput, EnvironmentDiff> ENVIRONMENTS_DIFF =
            Operation.of(API, "environments.diff", OperationKind.QUERY, HttpMethod.GET, "/environments/{environmentId}/diff/{otherEnvironmentId}", 200, DiffEnvironmentsInput.class, EnvironmentDiff.class);

    private ProjectOperations() {
    }
}
