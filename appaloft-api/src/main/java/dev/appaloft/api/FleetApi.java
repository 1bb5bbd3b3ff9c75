package dev.appaloft.api;

import static dev.appaloft.api.catalog.AlienOperations.*;

import dev.appaloft.api.fleet.*;

/**
 * The Alien fleet operations: deployment groups, fleet deployments, releases, and the sync
 * protocol agents and workers use (initialize, sync, acquire, reconcile, release). Which token
 * kind may call what is enforced by the handlers, for facade and HTTP callers alike.
 */
public final class FleetApi {

    private final OperationExecutor executor;

    public FleetApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public HealthStatus health() {
        return executor.execute(HEALTH, NoInput.INSTANCE);
    }

    public DeploymentGroupList listGroups() {
        return executor.execute(LIST_DEPLOYMENT_GROUPS, NoInput.INSTANCE);
    }

    public DeploymentGroupView createGroup(CreateDeploymentGroupInput input) {
        return executor.execute(CREATE_DEPLOYMENT_GROUP, input);
    }

    public DeploymentGroupView group(String id) {
        return executor.execute(GET_DEPLOYMENT_GROUP, new DeploymentGroupIdInput(id));
    }

    public DeploymentGroupToken createGroupToken(String groupId) {
        return executor.execute(CREATE_DEPLOYMENT_GROUP_TOKEN, new DeploymentGroupIdInput(groupId));
    }

    public FleetDeploymentList listDeployments(ListFleetDeploymentsInput input) {
        return executor.execute(LIST_DEPLOYMENTS, input);
    }

    public CreatedFleetDeployment createDeployment(CreateFleetDeploymentInput input) {
        return executor.execute(CREATE_DEPLOYMENT, input);
    }

    public FleetDeploymentView deployment(String id) {
        return executor.execute(GET_DEPLOYMENT, new FleetDeploymentIdInput(id));
    }

    public DeletionEnqueued deleteDeployment(String id) {
        return executor.execute(DELETE_DEPLOYMENT, new FleetDeploymentIdInput(id));
    }

    public FleetDeploymentInfo deploymentInfo(String id) {
        return executor.execute(GET_DEPLOYMENT_INFO, new FleetDeploymentIdInput(id));
    }

    public Success redeploy(String id) {
        return executor.execute(REDEPLOY, new FleetDeploymentIdInput(id));
    }

    public Success retry(String id) {
        return executor.execute(RETRY_DEPLOYMENT, new FleetDeploymentIdInput(id));
    }

    public InitializeOutput initialize(InitializeInput input) {
        return executor.execute(INITIALIZE, input);
    }

    public ReleaseView createRelease(CreateReleaseInput input) {
        return executor.execute(CREATE_RELEASE, input);
    }

    public ReleaseView latestRelease() {
        return executor.execute(GET_LATEST_RELEASE, NoInput.INSTANCE);
    }

    public ReleaseView release(String id) {
        return executor.execute(GET_RELEASE, new ReleaseIdInput(id));
    }

    public ResolvedCredentials resolveCredentials(String deploymentId) {
        return executor.execute(RESOLVE_CREDENTIALS, new ResolveCredentialsInput(deploymentId));
    }

    public OperatorSyncOutput sync(String deploymentId) {
        return executor.execute(OPERATOR_SYNC, new OperatorSyncInput(deploymentId));
    }

    public AcquireOutput acquire(AcquireInput input) {
        return executor.execute(ACQUIRE, input);
    }

    public ReconcileOutput reconcile(ReconcileInput input) {
        return executor.execute(RECONCILE, input);
    }

    public Success releaseLease(String deploymentId, String session) {
        return executor.execute(RELEASE, new ReleaseLeaseInput(deploymentId, session));
    }

    public Whoami whoami() {
        return executor.execute(WHOAMI, NoInput.INSTANCE);
    }

    /** Mints a fleet admin token for the caller's organization (the caller must be an admin or owner). */
    public MintedToken mintAdminToken(MintAdminTokenInput input) {
        return executor.execute(MINT_ADMIN_TOKEN, input);
    }

    /** The actor a raw fleet token stands for; {@code unauthorized} when it is unknown. */
    public Actor authenticate(String rawToken) {
        return executor.execute(AUTHENTICATE_TOKEN, new AuthenticateTokenInput(rawToken));
    }
}
