package dev.appaloft.api.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.common.CountOutput;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.credentials.*;
import dev.appaloft.api.deployments.*;
import dev.appaloft.api.deploytokens.*;
import dev.appaloft.api.environments.*;
import dev.appaloft.api.extensions.*;
import dev.appaloft.api.identity.*;
import dev.appaloft.api.projects.*;
import dev.appaloft.api.resources.*;
import dev.appaloft.api.resources.running.*;
import dev.appaloft.api.servers.*;
import dev.appaloft.api.servers.capacity.*;
import dev.appaloft.api.stream.EventStream;
import java.util.List;

/** The catalog's area of servers and SSH credentials. Part of {@link AppaloftOperations#ALL}. */
@SuppressWarnings("unused")
public final class ServerOperations {

    private static final Api API = Api.APPALOFT;

    public static final Operation<CountServersInput, CountOutput> SERVERS_COUNT =
            Operation.of(API, "servers.count", OperationKind.QUERY, HttpMethod.GET, "/servers/count", 200, CountServersInput.class, CountOutput.class);
    public static final Operation<ListServersInput, ServerList> SERVERS_LIST =
            Operation.of(API, "servers.list", OperationKind.QUERY, HttpMethod.GET, "/servers", 200, ListServersInput.class, ServerList.class);
    public static final Operation<CreateServerInput, IdOutput> SERVERS_CREATE =
            Operation.of(API, "servers.create", OperationKind.COMMAND, HttpMethod.POST, "/servers", 201, CreateServerInput.class, IdOutput.class);
    public static final Operation<ShowServerInput, ServerDetail> SERVERS_SHOW =
            Operation.of(API, "servers.show", OperationKind.QUERY, HttpMethod.GET, "/servers/{serverId}", 200, ShowServerInput.class, ServerDetail.class);
    public static final Operation<DeleteServerInput, IdOutput> SERVERS_DELETE =
            Operation.of(API, "servers.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/servers/{serverId}", 200, DeleteServerInput.class, IdOutput.class);
    public static final Operation<InspectServerCapacityInput, ServerCapacityReport> SERVERS_CAPACITY_INSPECT =
            Operation.of(API, "servers.capacity.inspect", OperationKind.QUERY, HttpMethod.GET, "/servers/{serverId}/capacity", 200,
                    InspectServerCapacityInput.class, ServerCapacityReport.class);
    public static final Operation<PruneServerCapacityInput, ServerCapacityPruned> SERVERS_CAPACITY_PRUNE =
            Operation.of(API, "servers.capacity.prune", OperationKind.COMMAND, HttpMethod.POST, "/servers/{serverId}/capacity/prune", 200,
                    PruneServerCapacityInput.class, ServerCapacityPruned.class);
    public static final Operation<ConfigureCapacityPolicyInput, IdOutput> SERVERS_CAPACITY_POLICY_CONFIGURE =
            Operation.of(API, "servers.capacity.policy.configure", OperationKind.COMMAND, HttpMethod.POST, "/servers/capacity/policies", 200,
                    ConfigureCapacityPolicyInput.class, IdOutput.class);
    public static final Operation<ListCapacityPoliciesInput, CapacityPolicyList> SERVERS_CAPACITY_POLICY_LIST =
            Operation.of(API, "servers.capacity.policy.list", OperationKind.QUERY, HttpMethod.GET, "/servers/capacity/policies", 200,
                    ListCapacityPoliciesInput.class, CapacityPolicyList.class);
    public static final Operation<ShowCapacityPolicyInput, CapacityPolicyShown> SERVERS_CAPACITY_POLICY_SHOW =
            Operation.of(API, "servers.capacity.policy.show", OperationKind.QUERY, HttpMethod.GET, "/servers/capacity/policies/{policyId}", 200,
                    ShowCapacityPolicyInput.class, CapacityPolicyShown.class);
    public static final Operation<RenameServerInput, IdOutput> SERVERS_RENAME =
            Operation.of(API, "servers.rename", OperationKind.COMMAND, HttpMethod.POST, "/servers/{serverId}/rename", 200, RenameServerInput.class, IdOutput.class);
    public static final Operation<ConfigureServerEdgeProxyInput, ConfiguredServerEdgeProxy> SERVERS_CONFIGURE_EDGE_PROXY =
            Operation.of(API, "servers.configureEdgeProxy", OperationKind.COMMAND, HttpMethod.POST, "/servers/{serverId}/edge-proxy/configuration", 200, ConfigureServerEdgeProxyInput.class, ConfiguredServerEdgeProxy.class);
    public static final Operation<DeactivateServerInput, IdOutput> SERVERS_DEACTIVATE =
            Operation.of(API, "servers.deactivate", OperationKind.COMMAND, HttpMethod.POST, "/servers/{serverId}/deactivate", 200, DeactivateServerInput.class, IdOutput.class);
    public static final Operation<ServerDeleteCheckInput, ServerDeleteCheck> SERVERS_DELETE_CHECK =
            Operation.of(API, "servers.deleteCheck", OperationKind.QUERY, HttpMethod.GET, "/servers/{serverId}/delete-check", 200, ServerDeleteCheckInput.class, ServerDeleteCheck.class);
    public static final Operation<ConfigureServerCredentialInput, Void> SERVERS_CONFIGURE_CREDENTIAL =
            Operation.of(API, "servers.configureCredential", OperationKind.COMMAND, HttpMethod.POST, "/servers/{serverId}/credentials", 200, ConfigureServerCredentialInput.class, Void.class);
    public static final Operation<TestServerConnectivityInput, ServerConnectivity> SERVERS_TEST_CONNECTIVITY =
            Operation.of(API, "servers.testConnectivity", OperationKind.COMMAND, HttpMethod.POST, "/servers/{serverId}/connectivity-tests", 200, TestServerConnectivityInput.class, ServerConnectivity.class)
                    .withRequestHeader(TestServerConnectivityInput.ACCEPT_HOST_KEY_HEADER, "acceptHostKey");
    public static final Operation<TestDraftConnectivityInput, ServerConnectivity> SERVERS_TEST_DRAFT_CONNECTIVITY =
            Operation.of(API, "servers.testDraftConnectivity", OperationKind.COMMAND, HttpMethod.POST, "/servers/connectivity-tests", 200, TestDraftConnectivityInput.class, ServerConnectivity.class);
    public static final Operation<BootstrapServerProxyInput, ServerProxyBootstrap> SERVERS_BOOTSTRAP_PROXY =
            Operation.of(API, "servers.bootstrapProxy", OperationKind.COMMAND, HttpMethod.POST, "/servers/{serverId}/edge-proxy/bootstrap", 200, BootstrapServerProxyInput.class, ServerProxyBootstrap.class);
    public static final Operation<ListSshCredentialsInput, SshCredentialList> CREDENTIALS_SSH_LIST =
            Operation.of(API, "credentials.ssh.list", OperationKind.QUERY, HttpMethod.GET, "/credentials/ssh", 200, ListSshCredentialsInput.class, SshCredentialList.class);
    public static final Operation<CreateSshCredentialInput, CreatedSshCredential> CREDENTIALS_SSH_CREATE =
            Operation.of(API, "credentials.ssh.create", OperationKind.COMMAND, HttpMethod.POST, "/credentials/ssh", 201, CreateSshCredentialInput.class, CreatedSshCredential.class);
    public static final Operation<ShowSshCredentialInput, SshCredentialDetail> CREDENTIALS_SSH_SHOW =
            Operation.of(API, "credentials.ssh.show", OperationKind.QUERY, HttpMethod.GET, "/credentials/ssh/{credentialId}", 200, ShowSshCredentialInput.class, SshCredentialDetail.class);
    public static final Operation<DeleteSshCredentialInput, IdOutput> CREDENTIALS_SSH_DELETE =
            Operation.of(API, "credentials.ssh.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/credentials/ssh/{credentialId}", 200, DeleteSshCredentialInput.class, IdOutput.class);
    public static final Operation<RotateSshCredentialInput, RotatedSshCredential> CREDENTIALS_SSH_ROTATE =
            Operation.of(API, "credentials.ssh.rotate", OperationKind.COMMAND, HttpMethod.POST, "/credentials/ssh/{credentialId}/rotate", 200, RotateSshCredentialInput.class, RotatedSshCredential.class);

    private ServerOperations() {
    }
}
