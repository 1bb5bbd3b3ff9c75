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
import dev.appaloft.api.servers.*;
import dev.appaloft.api.servers.capacity.*;

/**
 * The {@code servers.*} operations built so far: registering, reading, renaming, deactivating and
 * deleting deployment targets, how the control plane logs in to them, connectivity tests, and
 * their capacity (inspect, prune, scheduled prune policies) and their edge proxy (configured, then
 * bootstrapped on the server).
 */
public final class ServersApi {

    private final OperationExecutor executor;

    public ServersApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public IdOutput create(CreateServerInput input) {
        return executor.execute(SERVERS_CREATE, input);
    }

    public ServerList list(ListServersInput input) {
        return executor.execute(SERVERS_LIST, input);
    }

    public CountOutput count() {
        return executor.execute(SERVERS_COUNT, new CountServersInput());
    }

    public ServerDetail show(ShowServerInput input) {
        return executor.execute(SERVERS_SHOW, input);
    }

    public ServerDetail show(String serverId) {
        return show(new ShowServerInput(serverId, null));
    }

    /** Checks a saved server step by step (TCP, SSH, host key, login, Docker, disk); trusts its first host key. */
    public ServerConnectivity testConnectivity(String serverId) {
        return executor.execute(SERVERS_TEST_CONNECTIVITY, new TestServerConnectivityInput(serverId));
    }

    /**
     * Tests the server trusting {@code fingerprint} (e.g. {@code SHA256:...}), the host key it now
     * shows after a reinstall: when it presents exactly that key, the key replaces the recorded one.
     * Admins only; a server showing any other key is still refused.
     */
    public ServerConnectivity acceptHostKey(String serverId, String fingerprint) {
        return executor.execute(SERVERS_TEST_CONNECTIVITY, new TestServerConnectivityInput(serverId, fingerprint));
    }

    /** Checks a server before it is saved; nothing is stored. */
    public ServerConnectivity testDraftConnectivity(TestDraftConnectivityInput.Draft draft) {
        return executor.execute(SERVERS_TEST_DRAFT_CONNECTIVITY, new TestDraftConnectivityInput(draft));
    }

    public IdOutput rename(String serverId, String name) {
        return executor.execute(SERVERS_RENAME, RenameServerInput.of(serverId, name));
    }

    public IdOutput deactivate(String serverId, String reason) {
        return executor.execute(SERVERS_DEACTIVATE, DeactivateServerInput.of(serverId, reason));
    }

    /** How the control plane logs in to the server (answers nothing: the spec's body is null). */
    public void configureCredential(String serverId, ConfigureServerCredentialInput.Credential credential) {
        executor.execute(SERVERS_CONFIGURE_CREDENTIAL, ConfigureServerCredentialInput.of(serverId, credential));
    }

    /** The proxy kind (and, for remote servers, its ports) the server should run; applied by {@link #bootstrapProxy}. */
    public ConfiguredServerEdgeProxy configureEdgeProxy(ConfigureServerEdgeProxyInput input) {
        return executor.execute(SERVERS_CONFIGURE_EDGE_PROXY, input);
    }

    /** Starts (or repairs) the server's edge proxy now; the outcome is the server's edgeProxy status. */
    public ServerProxyBootstrap bootstrapProxy(BootstrapServerProxyInput input) {
        return executor.execute(SERVERS_BOOTSTRAP_PROXY, input);
    }

    public ServerProxyBootstrap bootstrapProxy(String serverId) {
        return bootstrapProxy(BootstrapServerProxyInput.repair(serverId));
    }

    public ServerDeleteCheck deleteCheck(String serverId) {
        return executor.execute(SERVERS_DELETE_CHECK, new ServerDeleteCheckInput(serverId));
    }

    public IdOutput delete(DeleteServerInput input) {
        return executor.execute(SERVERS_DELETE, input);
    }

    /** Disk, inodes, memory, CPU and Docker of the server, and what of it is Appaloft's; changes nothing. */
    public ServerCapacityReport inspectCapacity(String serverId) {
        return executor.execute(SERVERS_CAPACITY_INSPECT, new InspectServerCapacityInput(serverId));
    }

    /** Removes (or, in a dry run, lists) what Appaloft left on the server that is safe to remove. */
    public ServerCapacityPruned pruneCapacity(PruneServerCapacityInput input) {
        return executor.execute(SERVERS_CAPACITY_PRUNE, input);
    }

    public IdOutput configureCapacityPolicy(ConfigureCapacityPolicyInput input) {
        return executor.execute(SERVERS_CAPACITY_POLICY_CONFIGURE, input);
    }

    public CapacityPolicyList listCapacityPolicies(ListCapacityPoliciesInput input) {
        return executor.execute(SERVERS_CAPACITY_POLICY_LIST, input);
    }

    public CapacityPolicyShown showCapacityPolicy(String policyId) {
        return executor.execute(SERVERS_CAPACITY_POLICY_SHOW, new ShowCapacityPolicyInput(policyId));
    }
}
