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
import dev.appaloft.api.environments.*;

/** The {@code environments.*} operations. */
public final class EnvironmentsApi {

    private final OperationExecutor executor;

    public EnvironmentsApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public IdOutput create(CreateEnvironmentInput input) {
        return executor.execute(ENVIRONMENTS_CREATE, input);
    }

    public EnvironmentList list(ListEnvironmentsInput input) {
        return executor.execute(ENVIRONMENTS_LIST, input);
    }

    public CountOutput count(String projectId) {
        return executor.execute(ENVIRONMENTS_COUNT, new CountEnvironmentsInput(projectId));
    }

    public EnvironmentView show(String environmentId) {
        return executor.execute(ENVIRONMENTS_SHOW, new ShowEnvironmentInput(environmentId));
    }

    public IdOutput rename(RenameEnvironmentInput input) {
        return executor.execute(ENVIRONMENTS_RENAME, input);
    }

    public IdOutput lock(LockEnvironmentInput input) {
        return executor.execute(ENVIRONMENTS_LOCK, input);
    }

    public IdOutput unlock(String environmentId) {
        return executor.execute(ENVIRONMENTS_UNLOCK, new UnlockEnvironmentInput(environmentId));
    }

    public IdOutput archive(ArchiveEnvironmentInput input) {
        return executor.execute(ENVIRONMENTS_ARCHIVE, input);
    }

    public IdOutput cloneEnvironment(CloneEnvironmentInput input) {
        return executor.execute(ENVIRONMENTS_CLONE, input);
    }

    public IdOutput promote(PromoteEnvironmentInput input) {
        return executor.execute(ENVIRONMENTS_PROMOTE, input);
    }

    public void setVariable(SetEnvironmentVariableInput input) {
        executor.execute(ENVIRONMENTS_SET_VARIABLE, input);
    }

    public void unsetVariable(UnsetEnvironmentVariableInput input) {
        executor.execute(ENVIRONMENTS_UNSET_VARIABLE, input);
    }

    public EffectivePrecedence effectivePrecedence(String environmentId) {
        return executor.execute(ENVIRONMENTS_EFFECTIVE_PRECEDENCE, new EffectivePrecedenceInput(environmentId));
    }

    public EnvironmentDiff diff(String environmentId, String otherEnvironmentId) {
        return executor.execute(ENVIRONMENTS_DIFF, new DiffEnvironmentsInput(environmentId, otherEnvironmentId));
    }
}
