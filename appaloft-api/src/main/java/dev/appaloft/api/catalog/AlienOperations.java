package dev.appaloft.api.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The Alien server operations (served under {@code /v1} and {@code /health}), keyed by the spec's operationIds.
 * One constant per operation of the spec; operations not implemented yet take and give raw JSON
 * ({@link JsonNode}) and answer {@code not_implemented}. {@code CatalogMatchesSpecTest} keeps this
 * list equal to the spec's (method, path) pairs.
 */
@SuppressWarnings("unused")
public final class AlienOperations {

    private static final Api API = Api.ALIEN;

    public static final Operation<JsonNode, JsonNode> HEALTH =
            Operation.untyped(API, "health", OperationKind.QUERY, HttpMethod.GET, "/health", 200);
    public static final Operation<JsonNode, JsonNode> LIST_DEPLOYMENT_GROUPS =
            Operation.untyped(API, "list_deployment_groups", OperationKind.QUERY, HttpMethod.GET, "/v1/deployment-groups", 200);
    public static final Operation<JsonNode, JsonNode> CREATE_DEPLOYMENT_GROUP =
            Operation.untyped(API, "create_deployment_group", OperationKind.COMMAND, HttpMethod.POST, "/v1/deployment-groups", 200);
    public static final Operation<JsonNode, JsonNode> GET_DEPLOYMENT_GROUP =
            Operation.untyped(API, "get_deployment_group", OperationKind.QUERY, HttpMethod.GET, "/v1/deployment-groups/{id}", 200);
    public static final Operation<JsonNode, JsonNode> CREATE_DEPLOYMENT_GROUP_TOKEN =
            Operation.untyped(API, "create_deployment_group_token", OperationKind.COMMAND, HttpMethod.POST, "/v1/deployment-groups/{id}/tokens", 200);
    public static final Operation<JsonNode, JsonNode> LIST_DEPLOYMENTS =
            Operation.untyped(API, "list_deployments", OperationKind.QUERY, HttpMethod.GET, "/v1/deployments", 200);
    public static final Operation<JsonNode, JsonNode> CREATE_DEPLOYMENT =
            Operation.untyped(API, "create_deployment", OperationKind.COMMAND, HttpMethod.POST, "/v1/deployments", 201);
    public static final Operation<JsonNode, JsonNode> GET_DEPLOYMENT =
            Operation.untyped(API, "get_deployment", OperationKind.QUERY, HttpMethod.GET, "/v1/deployments/{id}", 200);
    public static final Operation<JsonNode, JsonNode> DELETE_DEPLOYMENT =
            Operation.untyped(API, "delete_deployment", OperationKind.COMMAND, HttpMethod.DELETE, "/v1/deployments/{id}", 202);
    public static final Operation<JsonNode, JsonNode> GET_DEPLOYMENT_INFO =
            Operation.untyped(API, "get_deployment_info", OperationKind.QUERY, HttpMethod.GET, "/v1/deployments/{id}/info", 200);
    public static final Operation<JsonNode, JsonNode> REDEPLOY =
            Operation.untyped(API, "redeploy", OperationKind.COMMAND, HttpMethod.POST, "/v1/deployments/{id}/redeploy", 200);
    public static final Operation<JsonNode, JsonNode> RETRY_DEPLOYMENT =
            Operation.untyped(API, "retry_deployment", OperationKind.COMMAND, HttpMethod.POST, "/v1/deployments/{id}/retry", 200);
    public static final Operation<JsonNode, JsonNode> INITIALIZE =
            Operation.untyped(API, "initialize", OperationKind.COMMAND, HttpMethod.POST, "/v1/initialize", 200);
    public static final Operation<JsonNode, JsonNode> CREATE_RELEASE =
            Operation.untyped(API, "create_release", OperationKind.COMMAND, HttpMethod.POST, "/v1/releases", 201);
    public static final Operation<JsonNode, JsonNode> GET_LATEST_RELEASE =
            Operation.untyped(API, "get_latest_release", OperationKind.QUERY, HttpMethod.GET, "/v1/releases/latest", 200);
    public static final Operation<JsonNode, JsonNode> GET_RELEASE =
            Operation.untyped(API, "get_release", OperationKind.QUERY, HttpMethod.GET, "/v1/releases/{id}", 200);
    public static final Operation<JsonNode, JsonNode> RESOLVE_CREDENTIALS =
            Operation.untyped(API, "resolve_credentials", OperationKind.COMMAND, HttpMethod.POST, "/v1/resolve-credentials", 200);
    public static final Operation<JsonNode, JsonNode> OPERATOR_SYNC =
            Operation.untyped(API, "operator_sync", OperationKind.COMMAND, HttpMethod.POST, "/v1/sync", 200);
    public static final Operation<JsonNode, JsonNode> ACQUIRE =
            Operation.untyped(API, "acquire", OperationKind.COMMAND, HttpMethod.POST, "/v1/sync/acquire", 200);
    public static final Operation<JsonNode, JsonNode> RECONCILE =
            Operation.untyped(API, "reconcile", OperationKind.COMMAND, HttpMethod.POST, "/v1/sync/reconcile", 200);
    public static final Operation<JsonNode, JsonNode> RELEASE =
            Operation.untyped(API, "release", OperationKind.COMMAND, HttpMethod.POST, "/v1/sync/release", 200);
    public static final Operation<JsonNode, JsonNode> WHOAMI =
            Operation.untyped(API, "whoami", OperationKind.QUERY, HttpMethod.GET, "/v1/whoami", 200);

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

    private AlienOperations() {
    }
}
