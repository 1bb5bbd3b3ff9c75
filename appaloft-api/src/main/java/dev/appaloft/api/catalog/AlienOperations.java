package dev.appaloft.api.catalog;

import dev.appaloft.api.Actor;
import dev.appaloft.api.fleet.*;
import java.util.List;

/**
 * The Alien server operations (served under {@code /v1} and {@code /health}), keyed by the spec's operationIds.
 * One constant per operation of the spec, typed with the records of {@code dev.appaloft.api.fleet}.
 * {@code CatalogMatchesSpecTest} keeps this list equal to the spec's (method, path) pairs.
 */
@SuppressWarnings("unused")
public final class AlienOperations {

    private static final Api API = Api.ALIEN;

    public static final Operation<NoInput, HealthStatus> HEALTH =
            Operation.of(API, "health", OperationKind.QUERY, HttpMethod.GET, "/health", 200,
                    NoInput.class, HealthStatus.class);
    public static final Operation<NoInput, DeploymentGroupList> LIST_DEPLOYMENT_GROUPS =
            Operation.of(API, "list_deployment_groups", OperationKind.QUERY, HttpMethod.GET, "/v1/deployment-groups", 200,
                    NoInput.class, DeploymentGroupList.class);
    public static final Operation<CreateDeploymentGroupInput, DeploymentGroupView> CREATE_DEPLOYMENT_GROUP =
            Operation.of(API, "create_deployment_group", OperationKind.COMMAND, HttpMethod.POST, "/v1/deployment-groups", 200,
                    CreateDeploymentGroupInput.class, DeploymentGroupView.class);
    public static final Operation<DeploymentGroupIdInput, DeploymentGroupView> GET_DEPLOYMENT_GROUP =
            Operation.of(API, "get_deployment_group", OperationKind.QUERY, HttpMethod.GET, "/v1/deployment-groups/{id}", 200,
                    DeploymentGroupIdInput.class, DeploymentGroupView.class);
    public static final Operation<DeploymentGroupIdInput, DeploymentGroupToken> CREATE_DEPLOYMENT_GROUP_TOKEN =
            Operation.of(API, "create_deployment_group_token", OperationKind.COMMAND, HttpMethod.POST, "/v1/deployment-groups/{id}/tokens", 200,
                    DeploymentGroupIdInput.class, DeploymentGroupToken.class);
    public static final Operation<ListFleetDeploymentsInput, FleetDeploymentList> LIST_DEPLOYMENTS =
            Operation.of(API, "list_deployments", OperationKind.QUERY, HttpMethod.GET, "/v1/deployments", 200,
                    ListFleetDeploymentsInput.class, FleetDeploymentList.class);
    public static final Operation<CreateFleetDeploymentInput, CreatedFleetDeployment> CREATE_DEPLOYMENT =
            Operation.of(API, "create_deployment", OperationKind.COMMAND, HttpMethod.POST, "/v1/deployments", 201,
                    CreateFleetDeploymentInput.class, CreatedFleetDeployment.class);
    public static final Operation<FleetDeploymentIdInput, FleetDeploymentView> GET_DEPLOYMENT =
            Operation.of(API, "get_deployment", OperationKind.QUERY, HttpMethod.GET, "/v1/deployments/{id}", 200,
                    FleetDeploymentIdInput.class, FleetDeploymentView.class);
    public static final Operation<FleetDeploymentIdInput, DeletionEnqueued> DELETE_DEPLOYMENT =
            Operation.of(API, "delete_deployment", OperationKind.COMMAND, HttpMethod.DELETE, "/v1/deployments/{id}", 202,
                    FleetDeploymentIdInput.class, DeletionEnqueued.class);
    public static final Operation<FleetDeploymentIdInput, FleetDeploymentInfo> GET_DEPLOYMENT_INFO =
            Operation.of(API, "get_deployment_info", OperationKind.QUERY, HttpMethod.GET, "/v1/deployments/{id}/info", 200,
                    FleetDeploymentIdInput.class, FleetDeploymentInfo.class);
    public static final Operation<FleetDeploymentIdInput, Success> REDEPLOY =
            Operation.of(API, "redeploy", OperationKind.COMMAND, HttpMethod.POST, "/v1/deployments/{id}/redeploy", 200,
                    FleetDeploymentIdInput.class, Success.class);
    public static final Operation<FleetDeploymentIdInput, Success> RETRY_DEPLOYMENT =
            Operation.of(API, "retry_deployment", OperationKind.COMMAND, HttpMethod.POST, "/v1/deployments/{id}/retry", 200,
                    FleetDeploymentIdInput.class, Success.class);
    public static final Operation<InitializeInput, InitializeOutput> INITIALIZE =
            Operation.of(API, "initialize", OperationKind.COMMAND, HttpMethod.POST, "/v1/initialize", 200,
                    InitializeInput.class, InitializeOutput.class);
    public static final Operation<CreateReleaseInput, ReleaseView> CREATE_RELEASE =
            Operation.of(API, "create_release", OperationKind.COMMAND, HttpMethod.POST, "/v1/releases", 201,
                    CreateReleaseInput.class, ReleaseView.class);
    public static final Operation<NoInput, ReleaseView> GET_LATEST_RELEASE =
            Operation.of(API, "get_latest_release", OperationKind.QUERY, HttpMethod.GET, "/v1/releases/latest", 200,
                    NoInput.class, ReleaseView.class);
    public static final Operation<ReleaseIdInput, ReleaseView> GET_RELEASE =
            Operation.of(API, "get_release", OperationKind.QUERY, HttpMethod.GET, "/v1/releases/{id}", 200,
                    ReleaseIdInput.class, ReleaseView.class);
    public static final Operation<ResolveCredentialsInput, ResolvedCredentials> RESOLVE_CREDENTIALS =
            Operation.of(API, "resolve_credentials", OperationKind.COMMAND, HttpMethod.POST, "/v1/resolve-credentials", 200,
                    ResolveCredentialsInput.class, ResolvedCredentials.class);
    public static final Operation<OperatorSyncInput, OperatorSyncOutput> OPERATOR_SYNC =
            Operation.of(API, "operator_sync", OperationKind.COMMAND, HttpMethod.POST, "/v1/sync", 200,
                    OperatorSyncInput.class, OperatorSyncOutput.class);
    public static final Operation<AcquireInput, AcquireOutput> ACQUIRE =
            Operation.of(API, "acquire", OperationKind.COMMAND, HttpMethod.POST, "/v1/sync/acquire", 200,
                    AcquireInput.class, AcquireOutput.class);
    public static final Operation<ReconcileInput, ReconcileOutput> RECONCILE =
            Operation.of(API, "reconcile", OperationKind.COMMAND, HttpMethod.POST, "/v1/sync/reconcile", 200,
                    ReconcileInput.class, ReconcileOutput.class);
    public static final Operation<ReleaseLeaseInput, Success> RELEASE =
            Operation.of(API, "release", OperationKind.COMMAND, HttpMethod.POST, "/v1/sync/release", 200,
                    ReleaseLeaseInput.class, Success.class);
    public static final Operation<NoInput, Whoami> WHOAMI =
            Operation.of(API, "whoami", OperationKind.QUERY, HttpMethod.GET, "/v1/whoami", 200,
                    NoInput.class, Whoami.class);

    /** Every operation above, in spec order. */
    public static final List<Operation<?, ?>> ALL = List.of(
            HEALTH,
            LIST_DEPLOYMENT_GROUPS,
            CREATE_DEPLOYMENT_GROUP,
            GET_DEPLOYMENT_GROUP,
            CREATE_DEPLOYMENT_GROUP_TOKEN,
            LIST_DEPLOYMENTS,
            CREATE_DEPLOYMENT,
            GET_DEPLOYMENT,
            DELETE_DEPLOYMENT,
            GET_DEPLOYMENT_INFO,
            REDEPLOY,
            RETRY_DEPLOYMENT,
            INITIALIZE,
            CREATE_RELEASE,
            GET_LATEST_RELEASE,
            GET_RELEASE,
            RESOLVE_CREDENTIALS,
            OPERATOR_SYNC,
            ACQUIRE,
            RECONCILE,
            RELEASE,
            WHOAMI);

    /**
     * Facade-only (not in the spec, not served over HTTP, not in {@link #ALL}): an organization
     * admin mints a fleet admin token. Identity will later expose it through its own routes.
     */
    public static final Operation<MintAdminTokenInput, MintedToken> MINT_ADMIN_TOKEN =
            Operation.of(API, "fleet.mint_admin_token", OperationKind.COMMAND, HttpMethod.POST, "/v1/(facade)/admin-tokens",
                    200, MintAdminTokenInput.class, MintedToken.class);

    /** Facade-only: resolves a raw fleet token to the actor it stands for (how {@code /v1} authenticates). */
    public static final Operation<AuthenticateTokenInput, Actor> AUTHENTICATE_TOKEN =
            Operation.of(API, "fleet.authenticate_token", OperationKind.QUERY, HttpMethod.POST, "/v1/(facade)/authenticate",
                    200, AuthenticateTokenInput.class, Actor.class);

    private AlienOperations() {
    }
}
