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
import dev.appaloft.api.deployments.*;
import dev.appaloft.api.stream.EventStream;

/**
 * The {@code deployments.*} operations: create (or createStream, which reports progress as it
 * happens), retry, redeploy, rollback, cancel, archive, prune, list, count, show, logs and events.
 */
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

    public DeploymentDetail show(ShowDeploymentInput input) {
        return executor.execute(DEPLOYMENTS_SHOW, input);
    }

    /** Stops the deployment (its candidate is removed; what served before keeps serving) and waits for it. */
    public CanceledDeployment cancel(String deploymentId) {
        return executor.execute(DEPLOYMENTS_CANCEL, new CancelDeploymentInput(deploymentId, deploymentId, null));
    }

    public ArchivedDeployment archive(String deploymentId) {
        return executor.execute(DEPLOYMENTS_ARCHIVE, new ArchiveDeploymentInput(deploymentId, deploymentId, null));
    }

    public PrunedDeployments prune(PruneDeploymentsInput input) {
        return executor.execute(DEPLOYMENTS_PRUNE, input);
    }

    public PrunedDeploymentLogs pruneLogs(PruneDeploymentsInput input) {
        return executor.execute(DEPLOYMENTS_PRUNE_LOGS, input);
    }

    public DeploymentEvents events(DeploymentEventsInput input) {
        return executor.execute(DEPLOYMENTS_EVENTS, input);
    }

    /** Follows a deployment's events ({@link DeploymentEventEnvelope}s as stream data); close it when done. */
    public EventStream eventsStream(DeploymentEventsInput input) {
        return executor.execute(DEPLOYMENTS_EVENTS_STREAM, input);
    }

    /**
     * Admits a deployment and streams its progress (log lines, status changes), ending with an
     * event named {@code done} whose data is the deployment's id.
     */
    public EventStream createStream(CreateDeploymentInput input) {
        return executor.execute(DEPLOYMENTS_CREATE_STREAM, input);
    }

    public RecoveryReadiness recoveryReadiness(RecoveryReadinessInput input) {
        return executor.execute(DEPLOYMENTS_RECOVERY_READINESS, input);
    }

    /** What a deployment would do (source as read now, strategy, artifact, route) and what would stop it. */
    public DeploymentPlanPreview plan(PlanDeploymentInput input) {
        return executor.execute(DEPLOYMENTS_PLAN, input);
    }
}
