package dev.appaloft.api;

import static dev.appaloft.api.catalog.AppaloftOperations.*;

import dev.appaloft.api.common.CountOutput;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.deployments.*;

/** The {@code deployments.*} operations built so far: create, retry, redeploy, rollback, list, count, show, logs. */
public final class DeploymentsApi {

    private final OperationExecutor executor;

    public DeploymentsApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public IdOutput create(CreateDeploymentInput input) {
        return executor.execute(DEPLOYMENTS_CREATE, input);
    }

    public DeploymentList list(ListDeploymentsInput input) {
        return executor.execute(DEPLOYMENTS_LIST, input);
    }

    public CountOutput count(CountDeploymentsInput input) {
        return executor.execute(DEPLOYMENTS_COUNT, input);
    }

    public DeploymentDetail show(String deploymentId) {
        return executor.execute(DEPLOYMENTS_SHOW, ShowDeploymentInput.of(deploymentId));
    }

    public IdOutput retry(RetryDeploymentInput input) {
        return executor.execute(DEPLOYMENTS_RETRY, input);
    }

    public IdOutput redeploy(RedeployInput input) {
        return executor.execute(DEPLOYMENTS_REDEPLOY, input);
    }

    public IdOutput rollback(RollbackDeploymentInput input) {
        return executor.execute(DEPLOYMENTS_ROLLBACK, input);
    }

    public DeploymentLogs logs(String deploymentId) {
        return executor.execute(DEPLOYMENTS_LOGS, new DeploymentLogsInput(deploymentId));
    }
}
