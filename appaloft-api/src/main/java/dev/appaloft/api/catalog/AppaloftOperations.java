package dev.appaloft.api.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.common.CountOutput;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.environments.*;
import dev.appaloft.api.projects.*;
import dev.appaloft.api.resources.*;
import dev.appaloft.api.resources.running.*;
import dev.appaloft.api.stream.EventStream;
import dev.appaloft.api.servers.*;
import dev.appaloft.api.deployments.*;
import dev.appaloft.api.deploytokens.*;
import dev.appaloft.api.extensions.*;
import dev.appaloft.api.identity.*;
import dev.appaloft.api.stream.EventStream;
import java.util.List;

/**
 * The Appaloft operations (served under {@code /api}), keyed by the spec's operationIds.
 * One constant per operation of the spec; operations not implemented yet take and give raw JSON
 * ({@link JsonNode}) and answer {@code not_implemented}. {@code CatalogMatchesSpecTest} keeps this
 * list equal to the spec's (method, path) pairs.
 */
@SuppressWarnings("unused")
public final class AppaloftOperations {

    private static final Api API = Api.APPALOFT;

    public static final Operation<BootstrapStatusInput, BootstrapStatus> AUTH_BOOTSTRAP_STATUS =
            Operation.of(API, "auth.bootstrapStatus", OperationKind.QUERY, HttpMethod.GET, "/bootstrap/auth/status", 200, BootstrapStatusInput.class, BootstrapStatus.class);
    public static final Operation<BootstrapFirstAdminInput, FirstAdminBootstrapped> AUTH_BOOTSTRAP_FIRST_ADMIN =
            Operation.of(API, "auth.bootstrapFirstAdmin", OperationKind.COMMAND, HttpMethod.POST, "/bootstrap/auth/first-admin", 201, BootstrapFirstAdminInput.class, FirstAdminBootstrapped.class);
    public static final Operation<CapabilityQueryInput, CapabilityAnswers> CAPABILITIES_QUERY =
            Operation.of(API, "capabilities.query", OperationKind.QUERY, HttpMethod.POST, "/capabilities/query", 200, CapabilityQueryInput.class, CapabilityAnswers.class);
    public static final Operation<EntitlementQueryInput, EntitlementAnswers> ENTITLEMENTS_QUERY =
            Operation.of(API, "entitlements.query", OperationKind.QUERY, HttpMethod.POST, "/entitlements/query", 200, EntitlementQueryInput.class, EntitlementAnswers.class);
    public static final Operation<RecordUsageIntentInput, UsageIntentRecorded> USAGE_INTENTS_RECORD =
            Operation.of(API, "usageIntents.record", OperationKind.COMMAND, HttpMethod.POST, "/usage-intents", 202, RecordUsageIntentInput.class, UsageIntentRecorded.class);
    public static final Operation<ListUsageIntentsInput, UsageIntentList> USAGE_INTENTS_LIST =
            Operation.of(API, "usageIntents.list", OperationKind.QUERY, HttpMethod.GET, "/usage-intents", 200, ListUsageIntentsInput.class, UsageIntentList.class);
    public static final Operation<EvaluateDeploymentOverlayInput, OverlayEvaluated> DEPLOYMENT_OVERLAYS_EVALUATE =
            Operation.of(API, "deploymentOverlays.evaluate", OperationKind.COMMAND, HttpMethod.POST, "/deployment-overlays", 202, EvaluateDeploymentOverlayInput.class, OverlayEvaluated.class);
    public static final Operation<ListOverlayDecisionsInput, OverlayDecisionList> DEPLOYMENT_OVERLAYS_LIST =
            Operation.of(API, "deploymentOverlays.list", OperationKind.QUERY, HttpMethod.GET, "/deployment-overlays", 200, ListOverlayDecisionsInput.class, OverlayDecisionList.class);
    public static final Operation<EvaluateRouteSurfaceInput, OverlayEvaluated> ROUTE_SURFACES_EVALUATE =
            Operation.of(API, "routeSurfaces.evaluate", OperationKind.COMMAND, HttpMethod.POST, "/route-surfaces", 202, EvaluateRouteSurfaceInput.class, OverlayEvaluated.class);
    public static final Operation<ListOverlayDecisionsInput, OverlayDecisionList> ROUTE_SURFACES_LIST =
            Operation.of(API, "routeSurfaces.list", OperationKind.QUERY, HttpMethod.GET, "/route-surfaces", 200, ListOverlayDecisionsInput.class, OverlayDecisionList.class);
    public static final Operation<CreateDeployTokenInput, CreatedDeployToken> DEPLOY_TOKENS_CREATE =
            Operation.of(API, "deployTokens.create", OperationKind.COMMAND, HttpMethod.POST, "/deploy-tokens", 201, CreateDeployTokenInput.class, CreatedDeployToken.class);
    public static final Operation<ListDeployTokensInput, DeployTokenList> DEPLOY_TOKENS_LIST =
            Operation.of(API, "deployTokens.list", OperationKind.QUERY, HttpMethod.GET, "/deploy-tokens", 200, ListDeployTokensInput.class, DeployTokenList.class);
    public static final Operation<ShowDeployTokenInput, DeployTokenView> DEPLOY_TOKENS_SHOW =
            Operation.of(API, "deployTokens.show", OperationKind.QUERY, HttpMethod.GET, "/deploy-tokens/{tokenId}", 200, ShowDeployTokenInput.class, DeployTokenView.class);
    public static final Operation<RotateDeployTokenInput, RotatedDeployToken> DEPLOY_TOKENS_ROTATE =
            Operation.of(API, "deployTokens.rotate", OperationKind.COMMAND, HttpMethod.POST, "/deploy-tokens/{tokenId}/rotate", 200, RotateDeployTokenInput.class, RotatedDeployToken.class);
    public static final Operation<RevokeDeployTokenInput, RevokedDeployToken> DEPLOY_TOKENS_REVOKE =
            Operation.of(API, "deployTokens.revoke", OperationKind.COMMAND, HttpMethod.POST, "/deploy-tokens/{tokenId}/revoke", 200, RevokeDeployTokenInput.class, RevokedDeployToken.class);
    public static final Operation<ShowAccountProfileInput, AccountProfile> ACCOUNT_SHOW_PROFILE =
            Operation.of(API, "account.showProfile", OperationKind.QUERY, HttpMethod.GET, "/account/profile", 200, ShowAccountProfileInput.class, AccountProfile.class);
    public static final Operation<ChangeAccountProfileInput, AccountProfile> ACCOUNT_CHANGE_PROFILE =
            Operation.of(API, "account.changeProfile", OperationKind.COMMAND, HttpMethod.POST, "/account/profile", 200, ChangeAccountProfileInput.class, AccountProfile.class);
    public static final Operation<ListAccountSessionsInput, AccountSessionList> ACCOUNT_LIST_SESSIONS =
            Operation.of(API, "account.listSessions", OperationKind.QUERY, HttpMethod.GET, "/account/sessions", 200, ListAccountSessionsInput.class, AccountSessionList.class);
    public static final Operation<RevokeAccountSessionInput, RevokedSession> ACCOUNT_REVOKE_SESSION =
            Operation.of(API, "account.revokeSession", OperationKind.COMMAND, HttpMethod.POST, "/account/sessions/{sessionId}/revoke", 200, RevokeAccountSessionInput.class, RevokedSession.class);
    public static final Operation<DeleteAccountInput, DeletedAccount> ACCOUNT_DELETE =
            Operation.of(API, "account.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/account", 200, DeleteAccountInput.class, DeletedAccount.class);
    public static final Operation<CurrentOrganizationContextInput, OrganizationContext> ORGANIZATIONS_CURRENT_CONTEXT =
            Operation.of(API, "organizations.currentContext", OperationKind.QUERY, HttpMethod.GET, "/organizations/current-context", 200, CurrentOrganizationContextInput.class, OrganizationContext.class);
    public static final Operation<ShowOrganizationProfileInput, OrganizationProfile> ORGANIZATIONS_SHOW_PROFILE =
            Operation.of(API, "organizations.showProfile", OperationKind.QUERY, HttpMethod.GET, "/organizations/{organizationId}/profile", 200, ShowOrganizationProfileInput.class, OrganizationProfile.class);
    public static final Operation<ChangeOrganizationProfileInput, OrganizationProfile> ORGANIZATIONS_CHANGE_PROFILE =
            Operation.of(API, "organizations.changeProfile", OperationKind.COMMAND, HttpMethod.POST, "/organizations/{organizationId}/profile", 200, ChangeOrganizationProfileInput.class, OrganizationProfile.class);
    public static final Operation<DeleteOrganizationInput, DeletedOrganization> ORGANIZATIONS_DELETE =
            Operation.of(API, "organizations.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/organizations/{organizationId}", 200, DeleteOrganizationInput.class, DeletedOrganization.class);
    public static final Operation<SwitchOrganizationInput, OrganizationContext> ORGANIZATIONS_SWITCH_CURRENT =
            Operation.of(API, "organizations.switchCurrent", OperationKind.COMMAND, HttpMethod.POST, "/organizations/current-context/switch", 200, SwitchOrganizationInput.class, OrganizationContext.class);
    public static final Operation<ListMembersInput, MemberList> ORGANIZATIONS_LIST_MEMBERS =
            Operation.of(API, "organizations.listMembers", OperationKind.QUERY, HttpMethod.GET, "/organizations/{organizationId}/members", 200, ListMembersInput.class, MemberList.class);
    public static final Operation<ListInvitationsInput, InvitationList> ORGANIZATIONS_LIST_INVITATIONS =
            Operation.of(API, "organizations.listInvitations", OperationKind.QUERY, HttpMethod.GET, "/organizations/{organizationId}/invitations", 200, ListInvitationsInput.class, InvitationList.class);
    public static final Operation<InviteMemberInput, InvitationView> ORGANIZATIONS_INVITE_MEMBER =
            Operation.of(API, "organizations.inviteMember", OperationKind.COMMAND, HttpMethod.POST, "/organizations/{organizationId}/invitations", 201, InviteMemberInput.class, InvitationView.class);
    public static final Operation<UpdateMemberRoleInput, MemberView> ORGANIZATIONS_UPDATE_MEMBER_ROLE =
            Operation.of(API, "organizations.updateMemberRole", OperationKind.COMMAND, HttpMethod.POST, "/organizations/{organizationId}/members/{memberId}/role", 200, UpdateMemberRoleInput.class, MemberView.class);
    public static final Operation<RemoveMemberInput, RemovedMember> ORGANIZATIONS_REMOVE_MEMBER =
            Operation.of(API, "organizations.removeMember", OperationKind.COMMAND, HttpMethod.DELETE, "/organizations/{organizationId}/members/{memberId}", 200, RemoveMemberInput.class, RemovedMember.class);
    public static final Operation<TransferOwnerInput, OwnershipTransferred> ORGANIZATIONS_TRANSFER_OWNER =
            Operation.of(API, "organizations.transferOwner", OperationKind.COMMAND, HttpMethod.POST, "/organizations/{organizationId}/owner-transfer", 200, TransferOwnerInput.class, OwnershipTransferred.class);
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
    public static final Operation<CountServersInput, CountOutput> SERVERS_COUNT =
            Operation.of(API, "servers.count", OperationKind.QUERY, HttpMethod.GET, "/servers/count", 200, CountServersInput.class, CountOutput.class);
    public static final Operation<ListServersInput, ServerList> SERVERS_LIST =
            Operation.of(API, "servers.list", OperationKind.QUERY, HttpMethod.GET, "/servers", 200, ListServersInput.class, ServerList.class);
    public static final Operation<CreateServerInput, IdOutput> SERVERS_CREATE =
            Operation.of(API, "servers.create", OperationKind.COMMAND, HttpMethod.POST, "/servers", 201, CreateServerInput.class, IdOutput.class);
    public static final Operation<ShowServerInput, ServerDetail> SERVERS_SHOW =
            Operation.of(API, "servers.show", OperationKind.QUERY, HttpMethod.GET, "/servers/{serverId}", 200, ShowServerInput.class, ServerDetail.class);
    public static final Operation<JsonNode, JsonNode> SERVERS_DELETE =
            Operation.untyped(API, "servers.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/servers/{serverId}", 200);
    public static final Operation<JsonNode, JsonNode> SERVERS_CAPACITY_INSPECT =
            Operation.untyped(API, "servers.capacity.inspect", OperationKind.QUERY, HttpMethod.GET, "/servers/{serverId}/capacity", 200);
    public static final Operation<JsonNode, JsonNode> SERVERS_CAPACITY_PRUNE =
            Operation.untyped(API, "servers.capacity.prune", OperationKind.COMMAND, HttpMethod.POST, "/servers/{serverId}/capacity/prune", 200);
    public static final Operation<JsonNode, JsonNode> SERVERS_CAPACITY_POLICY_CONFIGURE =
            Operation.untyped(API, "servers.capacity.policy.configure", OperationKind.COMMAND, HttpMethod.POST, "/servers/capacity/policies", 200);
    public static final Operation<JsonNode, JsonNode> SERVERS_CAPACITY_POLICY_LIST =
            Operation.untyped(API, "servers.capacity.policy.list", OperationKind.QUERY, HttpMethod.GET, "/servers/capacity/policies", 200);
    public static final Operation<JsonNode, JsonNode> SERVERS_CAPACITY_POLICY_SHOW =
            Operation.untyped(API, "servers.capacity.policy.show", OperationKind.QUERY, HttpMethod.GET, "/servers/capacity/policies/{policyId}", 200);
    public static final Operation<JsonNode, JsonNode> SERVERS_RENAME =
            Operation.untyped(API, "servers.rename", OperationKind.COMMAND, HttpMethod.POST, "/servers/{serverId}/rename", 200);
    public static final Operation<JsonNode, JsonNode> SERVERS_CONFIGURE_EDGE_PROXY =
            Operation.untyped(API, "servers.configureEdgeProxy", OperationKind.COMMAND, HttpMethod.POST, "/servers/{serverId}/edge-proxy/configuration", 200);
    public static final Operation<JsonNode, JsonNode> SERVERS_DEACTIVATE =
            Operation.untyped(API, "servers.deactivate", OperationKind.COMMAND, HttpMethod.POST, "/servers/{serverId}/deactivate", 200);
    public static final Operation<JsonNode, JsonNode> SERVERS_DELETE_CHECK =
            Operation.untyped(API, "servers.deleteCheck", OperationKind.QUERY, HttpMethod.GET, "/servers/{serverId}/delete-check", 200);
    public static final Operation<JsonNode, JsonNode> SERVERS_CONFIGURE_CREDENTIAL =
            Operation.untyped(API, "servers.configureCredential", OperationKind.COMMAND, HttpMethod.POST, "/servers/{serverId}/credentials", 200);
    public static final Operation<JsonNode, JsonNode> SERVERS_TEST_CONNECTIVITY =
            Operation.untyped(API, "servers.testConnectivity", OperationKind.COMMAND, HttpMethod.POST, "/servers/{serverId}/connectivity-tests", 200);
    public static final Operation<JsonNode, JsonNode> SERVERS_TEST_DRAFT_CONNECTIVITY =
            Operation.untyped(API, "servers.testDraftConnectivity", OperationKind.COMMAND, HttpMethod.POST, "/servers/connectivity-tests", 200);
    public static final Operation<JsonNode, JsonNode> SERVERS_BOOTSTRAP_PROXY =
            Operation.untyped(API, "servers.bootstrapProxy", OperationKind.COMMAND, HttpMethod.POST, "/servers/{serverId}/edge-proxy/bootstrap", 200);
    public static final Operation<JsonNode, JsonNode> RUNTIME_USAGE_INSPECT =
            Operation.untyped(API, "runtimeUsage.inspect", OperationKind.QUERY, HttpMethod.GET, "/runtime-usage/inspect", 200);
    public static final Operation<JsonNode, JsonNode> RUNTIME_MONITORING_SAMPLES =
            Operation.untyped(API, "runtimeMonitoring.samples", OperationKind.QUERY, HttpMethod.GET, "/runtime-monitoring/samples", 200);
    public static final Operation<JsonNode, JsonNode> RUNTIME_MONITORING_ROLLUP =
            Operation.untyped(API, "runtimeMonitoring.rollup", OperationKind.QUERY, HttpMethod.GET, "/runtime-monitoring/rollup", 200);
    public static final Operation<JsonNode, JsonNode> RUNTIME_MONITORING_THRESHOLD_CONFIGURE =
            Operation.untyped(API, "runtimeMonitoring.thresholdConfigure", OperationKind.COMMAND, HttpMethod.POST, "/runtime-monitoring/thresholds", 200);
    public static final Operation<JsonNode, JsonNode> RUNTIME_MONITORING_THRESHOLD_SHOW =
            Operation.untyped(API, "runtimeMonitoring.thresholdShow", OperationKind.QUERY, HttpMethod.GET, "/runtime-monitoring/thresholds", 200);
    public static final Operation<JsonNode, JsonNode> RETENTION_DEFAULTS_CONFIGURE =
            Operation.untyped(API, "retentionDefaults.configure", OperationKind.COMMAND, HttpMethod.POST, "/retention-defaults", 200);
    public static final Operation<JsonNode, JsonNode> RETENTION_DEFAULTS_LIST =
            Operation.untyped(API, "retentionDefaults.list", OperationKind.QUERY, HttpMethod.GET, "/retention-defaults", 200);
    public static final Operation<JsonNode, JsonNode> RETENTION_DEFAULTS_SHOW =
            Operation.untyped(API, "retentionDefaults.show", OperationKind.QUERY, HttpMethod.GET, "/retention-defaults/{category}", 200);
    public static final Operation<JsonNode, JsonNode> CREDENTIALS_SSH_LIST =
            Operation.untyped(API, "credentials.ssh.list", OperationKind.QUERY, HttpMethod.GET, "/credentials/ssh", 200);
    public static final Operation<JsonNode, JsonNode> CREDENTIALS_SSH_CREATE =
            Operation.untyped(API, "credentials.ssh.create", OperationKind.COMMAND, HttpMethod.POST, "/credentials/ssh", 201);
    public static final Operation<JsonNode, JsonNode> CREDENTIALS_SSH_SHOW =
            Operation.untyped(API, "credentials.ssh.show", OperationKind.QUERY, HttpMethod.GET, "/credentials/ssh/{credentialId}", 200);
    public static final Operation<JsonNode, JsonNode> CREDENTIALS_SSH_DELETE =
            Operation.untyped(API, "credentials.ssh.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/credentials/ssh/{credentialId}", 200);
    public static final Operation<JsonNode, JsonNode> CREDENTIALS_SSH_ROTATE =
            Operation.untyped(API, "credentials.ssh.rotate", OperationKind.COMMAND, HttpMethod.POST, "/credentials/ssh/{credentialId}/rotate", 200);
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
    public static final Operation<JsonNode, JsonNode> DEFAULT_ACCESS_DOMAIN_POLICIES_CONFIGURE =
            Operation.untyped(API, "defaultAccessDomainPolicies.configure", OperationKind.COMMAND, HttpMethod.POST, "/default-access-domain-policies", 200);
    public static final Operation<JsonNode, JsonNode> DEFAULT_ACCESS_DOMAIN_POLICIES_LIST =
            Operation.untyped(API, "defaultAccessDomainPolicies.list", OperationKind.QUERY, HttpMethod.GET, "/default-access-domain-policies", 200);
    public static final Operation<JsonNode, JsonNode> DEFAULT_ACCESS_DOMAIN_POLICIES_SHOW =
            Operation.untyped(API, "defaultAccessDomainPolicies.show", OperationKind.QUERY, HttpMethod.GET, "/default-access-domain-policies/show", 200);
    public static final Operation<CountResourcesInput, CountOutput> RESOURCES_COUNT =
            Operation.of(API, "resources.count", OperationKind.QUERY, HttpMethod.GET, "/resources/count", 200, CountResourcesInput.class, CountOutput.class);
    public static final Operation<ListResourcesInput, ResourceList> RESOURCES_LIST =
            Operation.of(API, "resources.list", OperationKind.QUERY, HttpMethod.GET, "/resources", 200, ListResourcesInput.class, ResourceList.class);
    public static final Operation<CreateResourceInput, IdOutput> RESOURCES_CREATE =
            Operation.of(API, "resources.create", OperationKind.COMMAND, HttpMethod.POST, "/resources", 201, CreateResourceInput.class, IdOutput.class);
    public static final Operation<ShowResourceInput, ResourceDetail> RESOURCES_SHOW =
            Operation.of(API, "resources.show", OperationKind.QUERY, HttpMethod.GET, "/resources/{resourceId}", 200, ShowResourceInput.class, ResourceDetail.class);
    public static final Operation<DeleteResourceInput, IdOutput> RESOURCES_DELETE =
            Operation.of(API, "resources.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/resources/{resourceId}", 200, DeleteResourceInput.class, IdOutput.class);
    public static final Operation<ArchiveResourceInput, IdOutput> RESOURCES_ARCHIVE =
            Operation.of(API, "resources.archive", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/archive", 200, ArchiveResourceInput.class, IdOutput.class);
    public static final Operation<ConfigureHealthInput, IdOutput> RESOURCES_CONFIGURE_HEALTH =
            Operation.of(API, "resources.configureHealth", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/health-policy", 200, ConfigureHealthInput.class, IdOutput.class);
    public static final Operation<ResetHealthInput, IdOutput> RESOURCES_RESET_HEALTH =
            Operation.of(API, "resources.resetHealth", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/health-policy/reset", 200, ResetHealthInput.class, IdOutput.class);
    public static final Operation<ConfigureNetworkInput, IdOutput> RESOURCES_CONFIGURE_NETWORK =
            Operation.of(API, "resources.configureNetwork", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/network-profile", 200, ConfigureNetworkInput.class, IdOutput.class);
    public static final Operation<ConfigureAccessInput, IdOutput> RESOURCES_CONFIGURE_ACCESS =
            Operation.of(API, "resources.configureAccess", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/access-profile", 200, ConfigureAccessInput.class, IdOutput.class);
    public static final Operation<ConfigureAutoDeployInput, AutoDeployResult> RESOURCES_CONFIGURE_AUTO_DEPLOY =
            Operation.of(API, "resources.configureAutoDeploy", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/auto-deploy", 200, ConfigureAutoDeployInput.class, AutoDeployResult.class);
    public static final Operation<JsonNode, JsonNode> RESOURCES_ATTACH_STORAGE =
            Operation.untyped(API, "resources.attachStorage", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/storage-attachments", 200);
    public static final Operation<JsonNode, JsonNode> RESOURCES_DETACH_STORAGE =
            Operation.untyped(API, "resources.detachStorage", OperationKind.COMMAND, HttpMethod.DELETE, "/resources/{resourceId}/storage-attachments/{attachmentId}", 200);
    public static final Operation<ConfigureRuntimeInput, IdOutput> RESOURCES_CONFIGURE_RUNTIME =
            Operation.of(API, "resources.configureRuntime", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/runtime-profile", 200, ConfigureRuntimeInput.class, IdOutput.class);
    public static final Operation<ConfigureSourceInput, IdOutput> RESOURCES_CONFIGURE_SOURCE =
            Operation.of(API, "resources.configureSource", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/source", 200, ConfigureSourceInput.class, IdOutput.class);
    public static final Operation<SetResourceVariableInput, Void> RESOURCES_SET_VARIABLE =
            Operation.of(API, "resources.setVariable", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/variables", 200, SetResourceVariableInput.class, Void.class);
    public static final Operation<CreateResourceSecretInput, ResourceSecretRef> RESOURCES_SECRETS_CREATE =
            Operation.of(API, "resources.secrets.create", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/secrets", 201, CreateResourceSecretInput.class, ResourceSecretRef.class);
    public static final Operation<ListResourceSecretsInput, ResourceSecretList> RESOURCES_SECRETS_LIST =
            Operation.of(API, "resources.secrets.list", OperationKind.QUERY, HttpMethod.GET, "/resources/{resourceId}/secrets", 200, ListResourceSecretsInput.class, ResourceSecretList.class);
    public static final Operation<RotateResourceSecretInput, ResourceSecretRef> RESOURCES_SECRETS_ROTATE =
            Operation.of(API, "resources.secrets.rotate", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/secrets/{key}", 200, RotateResourceSecretInput.class, ResourceSecretRef.class);
    public static final Operation<DeleteResourceSecretInput, ResourceSecretRef> RESOURCES_SECRETS_DELETE =
            Operation.of(API, "resources.secrets.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/resources/{resourceId}/secrets/{key}", 200, DeleteResourceSecretInput.class, ResourceSecretRef.class);
    public static final Operation<ShowResourceSecretInput, ResourceSecretDetail> RESOURCES_SECRETS_SHOW =
            Operation.of(API, "resources.secrets.show", OperationKind.QUERY, HttpMethod.GET, "/resources/{resourceId}/secrets/{key}", 200, ShowResourceSecretInput.class, ResourceSecretDetail.class);
    public static final Operation<ImportResourceVariablesInput, ImportVariablesResult> RESOURCES_IMPORT_VARIABLES =
            Operation.of(API, "resources.importVariables", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/variables/import", 200, ImportResourceVariablesInput.class, ImportVariablesResult.class);
    public static final Operation<UnsetResourceVariableInput, Void> RESOURCES_UNSET_VARIABLE =
            Operation.of(API, "resources.unsetVariable", OperationKind.COMMAND, HttpMethod.DELETE, "/resources/{resourceId}/variables/{key}", 200, UnsetResourceVariableInput.class, Void.class);
    public static final Operation<ResourceEffectiveConfigInput, ResourceEffectiveConfig> RESOURCES_EFFECTIVE_CONFIG =
            Operation.of(API, "resources.effectiveConfig", OperationKind.QUERY, HttpMethod.GET, "/resources/{resourceId}/effective-config", 200, ResourceEffectiveConfigInput.class, ResourceEffectiveConfig.class);
    public static final Operation<DiagnosticSummaryInput, ResourceDiagnosticSummary> RESOURCES_DIAGNOSTIC_SUMMARY =
            Operation.of(API, "resources.diagnosticSummary", OperationKind.QUERY, HttpMethod.GET, "/resources/{resourceId}/diagnostic-summary", 200, DiagnosticSummaryInput.class, ResourceDiagnosticSummary.class);
    public static final Operation<AccessFailureEvidenceInput, AccessFailureEvidence> RESOURCES_ACCESS_FAILURE_EVIDENCE =
            Operation.of(API, "resources.accessFailureEvidence", OperationKind.QUERY, HttpMethod.GET, "/resource-access-failures/{requestId}", 200, AccessFailureEvidenceInput.class, AccessFailureEvidence.class);
    public static final Operation<ResourceHealthInput, ResourceHealth> RESOURCES_HEALTH =
            Operation.of(API, "resources.health", OperationKind.QUERY, HttpMethod.GET, "/resources/{resourceId}/health", 200, ResourceHealthInput.class, ResourceHealth.class);
    public static final Operation<HealthHistoryInput, ResourceHealthHistory> RESOURCES_HEALTH_HISTORY =
            Operation.of(API, "resources.healthHistory", OperationKind.QUERY, HttpMethod.GET, "/resources/{resourceId}/health-history", 200, HealthHistoryInput.class, ResourceHealthHistory.class);
    public static final Operation<ProxyConfigurationInput, ProxyConfiguration> RESOURCES_PROXY_CONFIGURATION =
            Operation.of(API, "resources.proxyConfiguration", OperationKind.QUERY, HttpMethod.GET, "/resources/{resourceId}/proxy-configuration", 200, ProxyConfigurationInput.class, ProxyConfiguration.class);
    public static final Operation<RuntimeLogsInput, RuntimeLogs> RESOURCES_LOGS =
            Operation.of(API, "resources.logs", OperationKind.QUERY, HttpMethod.GET, "/resources/{resourceId}/runtime-logs", 200, RuntimeLogsInput.class, RuntimeLogs.class);
    public static final Operation<RuntimeLogsInput, EventStream> RESOURCES_LOGS_STREAM =
            Operation.of(API, "resources.logsStream", OperationKind.QUERY, HttpMethod.GET, "/resources/{resourceId}/runtime-logs/stream", 200, RuntimeLogsInput.class, EventStream.class);
    public static final Operation<JsonNode, JsonNode> RESOURCES_ARCHIVE_LOGS =
            Operation.untyped(API, "resources.archiveLogs", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/runtime-log-archives", 201);
    public static final Operation<JsonNode, JsonNode> RESOURCES_LOG_ARCHIVES_LIST =
            Operation.untyped(API, "resources.logArchives.list", OperationKind.QUERY, HttpMethod.GET, "/resources/runtime-log-archives", 200);
    public static final Operation<JsonNode, JsonNode> RESOURCES_LOG_ARCHIVES_SHOW =
            Operation.untyped(API, "resources.logArchives.show", OperationKind.QUERY, HttpMethod.GET, "/resources/runtime-log-archives/{archiveId}", 200);
    public static final Operation<JsonNode, JsonNode> RESOURCES_LOG_ARCHIVES_PRUNE =
            Operation.untyped(API, "resources.logArchives.prune", OperationKind.COMMAND, HttpMethod.POST, "/resources/runtime-log-archives/prune", 200);
    public static final Operation<RuntimeControlInput, RuntimeControlAttempt> RESOURCES_RUNTIME_STOP =
            Operation.of(API, "resources.runtime.stop", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/runtime/stop", 202, RuntimeControlInput.class, RuntimeControlAttempt.class);
    public static final Operation<RuntimeControlInput, RuntimeControlAttempt> RESOURCES_RUNTIME_START =
            Operation.of(API, "resources.runtime.start", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/runtime/start", 202, RuntimeControlInput.class, RuntimeControlAttempt.class);
    public static final Operation<RuntimeControlInput, RuntimeControlAttempt> RESOURCES_RUNTIME_RESTART =
            Operation.of(API, "resources.runtime.restart", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/runtime/restart", 202, RuntimeControlInput.class, RuntimeControlAttempt.class);
    public static final Operation<JsonNode, JsonNode> RESOURCES_DEPENDENCY_BINDINGS_BIND =
            Operation.untyped(API, "resources.dependencyBindings.bind", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/dependency-bindings", 201);
    public static final Operation<JsonNode, JsonNode> RESOURCES_DEPENDENCY_BINDINGS_LIST =
            Operation.untyped(API, "resources.dependencyBindings.list", OperationKind.QUERY, HttpMethod.GET, "/resources/{resourceId}/dependency-bindings", 200);
    public static final Operation<JsonNode, JsonNode> RESOURCES_DEPENDENCY_BINDINGS_UNBIND =
            Operation.untyped(API, "resources.dependencyBindings.unbind", OperationKind.COMMAND, HttpMethod.DELETE, "/resources/{resourceId}/dependency-bindings/{bindingId}", 200);
    public static final Operation<JsonNode, JsonNode> RESOURCES_DEPENDENCY_BINDINGS_SHOW =
            Operation.untyped(API, "resources.dependencyBindings.show", OperationKind.QUERY, HttpMethod.GET, "/resources/{resourceId}/dependency-bindings/{bindingId}", 200);
    public static final Operation<JsonNode, JsonNode> RESOURCES_DEPENDENCY_BINDINGS_ROTATE_SECRET =
            Operation.untyped(API, "resources.dependencyBindings.rotateSecret", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/dependency-bindings/{bindingId}/secret-rotations", 200);
    public static final Operation<JsonNode, JsonNode> STATIC_ARTIFACTS_LIST_PUBLICATIONS =
            Operation.untyped(API, "staticArtifacts.listPublications", OperationKind.QUERY, HttpMethod.GET, "/static-artifacts/publications", 200);
    public static final Operation<JsonNode, JsonNode> STATIC_ARTIFACTS_PUBLISH =
            Operation.untyped(API, "staticArtifacts.publish", OperationKind.COMMAND, HttpMethod.POST, "/static-artifacts/publish", 201);
    public static final Operation<JsonNode, JsonNode> STATIC_ARTIFACTS_PUBLISH_ARCHIVE =
            Operation.untyped(API, "staticArtifacts.publishArchive", OperationKind.COMMAND, HttpMethod.POST, "/static-artifacts/publish-archive", 201);
    public static final Operation<JsonNode, JsonNode> STATIC_ARTIFACTS_PUBLISH_PAYLOAD =
            Operation.untyped(API, "staticArtifacts.publishPayload", OperationKind.COMMAND, HttpMethod.POST, "/static-artifacts/publish-payload", 201);
    public static final Operation<JsonNode, JsonNode> STORAGE_VOLUMES_CREATE =
            Operation.untyped(API, "storageVolumes.create", OperationKind.COMMAND, HttpMethod.POST, "/storage-volumes", 201);
    public static final Operation<JsonNode, JsonNode> STORAGE_VOLUMES_LIST =
            Operation.untyped(API, "storageVolumes.list", OperationKind.QUERY, HttpMethod.GET, "/storage-volumes", 200);
    public static final Operation<JsonNode, JsonNode> STORAGE_VOLUMES_SHOW =
            Operation.untyped(API, "storageVolumes.show", OperationKind.QUERY, HttpMethod.GET, "/storage-volumes/{storageVolumeId}", 200);
    public static final Operation<JsonNode, JsonNode> STORAGE_VOLUMES_DELETE =
            Operation.untyped(API, "storageVolumes.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/storage-volumes/{storageVolumeId}", 200);
    public static final Operation<JsonNode, JsonNode> STORAGE_VOLUMES_RENAME =
            Operation.untyped(API, "storageVolumes.rename", OperationKind.COMMAND, HttpMethod.POST, "/storage-volumes/{storageVolumeId}/rename", 200);
    public static final Operation<JsonNode, JsonNode> STORAGE_VOLUMES_CLEANUP_RUNTIME =
            Operation.untyped(API, "storageVolumes.cleanupRuntime", OperationKind.COMMAND, HttpMethod.POST, "/storage-volumes/{storageVolumeId}/runtime-cleanup", 200);
    public static final Operation<JsonNode, JsonNode> SCHEDULED_TASKS_LIST =
            Operation.untyped(API, "scheduledTasks.list", OperationKind.QUERY, HttpMethod.GET, "/scheduled-tasks", 200);
    public static final Operation<JsonNode, JsonNode> SCHEDULED_TASKS_CREATE =
            Operation.untyped(API, "scheduledTasks.create", OperationKind.COMMAND, HttpMethod.POST, "/scheduled-tasks", 201);
    public static final Operation<JsonNode, JsonNode> SCHEDULED_TASKS_SHOW =
            Operation.untyped(API, "scheduledTasks.show", OperationKind.QUERY, HttpMethod.GET, "/scheduled-tasks/{taskId}", 200);
    public static final Operation<JsonNode, JsonNode> SCHEDULED_TASKS_CONFIGURE =
            Operation.untyped(API, "scheduledTasks.configure", OperationKind.COMMAND, HttpMethod.POST, "/scheduled-tasks/{taskId}", 200);
    public static final Operation<JsonNode, JsonNode> SCHEDULED_TASKS_DELETE =
            Operation.untyped(API, "scheduledTasks.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/scheduled-tasks/{taskId}", 200);
    public static final Operation<JsonNode, JsonNode> SCHEDULED_TASKS_RUN_NOW =
            Operation.untyped(API, "scheduledTasks.runNow", OperationKind.COMMAND, HttpMethod.POST, "/scheduled-tasks/{taskId}/runs", 202);
    public static final Operation<JsonNode, JsonNode> SCHEDULED_TASKS_RUNS_LIST =
            Operation.untyped(API, "scheduledTasks.runs.list", OperationKind.QUERY, HttpMethod.GET, "/scheduled-task-runs", 200);
    public static final Operation<JsonNode, JsonNode> SCHEDULED_TASKS_RUNS_SHOW =
            Operation.untyped(API, "scheduledTasks.runs.show", OperationKind.QUERY, HttpMethod.GET, "/scheduled-task-runs/{runId}", 200);
    public static final Operation<JsonNode, JsonNode> SCHEDULED_TASKS_RUNS_LOGS =
            Operation.untyped(API, "scheduledTasks.runs.logs", OperationKind.QUERY, HttpMethod.GET, "/scheduled-task-runs/{runId}/logs", 200);
    public static final Operation<JsonNode, JsonNode> DEPENDENCY_RESOURCES_PROVISIONING_PLAN =
            Operation.untyped(API, "dependencyResources.provisioning.plan", OperationKind.COMMAND, HttpMethod.POST, "/dependency-resources/provisioning/plan", 201);
    public static final Operation<JsonNode, JsonNode> DEPENDENCY_RESOURCES_PROVISIONING_ACCEPT =
            Operation.untyped(API, "dependencyResources.provisioning.accept", OperationKind.COMMAND, HttpMethod.POST, "/dependency-resources/provisioning/{planId}/accept", 202);
    public static final Operation<JsonNode, JsonNode> DEPENDENCY_RESOURCES_PROVISIONING_STATUS =
            Operation.untyped(API, "dependencyResources.provisioning.status", OperationKind.QUERY, HttpMethod.GET, "/dependency-resources/provisioning/{planId}", 200);
    public static final Operation<JsonNode, JsonNode> DEPENDENCY_RESOURCES_COUNT =
            Operation.untyped(API, "dependencyResources.count", OperationKind.QUERY, HttpMethod.GET, "/dependency-resources/count", 200);
    public static final Operation<JsonNode, JsonNode> DEPENDENCY_RESOURCES_PROVISION =
            Operation.untyped(API, "dependencyResources.provision", OperationKind.COMMAND, HttpMethod.POST, "/dependency-resources/provision", 201);
    public static final Operation<JsonNode, JsonNode> DEPENDENCY_RESOURCES_IMPORT =
            Operation.untyped(API, "dependencyResources.import", OperationKind.COMMAND, HttpMethod.POST, "/dependency-resources/import", 201);
    public static final Operation<JsonNode, JsonNode> DEPENDENCY_RESOURCES_LIST =
            Operation.untyped(API, "dependencyResources.list", OperationKind.QUERY, HttpMethod.GET, "/dependency-resources", 200);
    public static final Operation<JsonNode, JsonNode> DEPENDENCY_RESOURCES_SHOW =
            Operation.untyped(API, "dependencyResources.show", OperationKind.QUERY, HttpMethod.GET, "/dependency-resources/{dependencyResourceId}", 200);
    public static final Operation<JsonNode, JsonNode> DEPENDENCY_RESOURCES_DELETE =
            Operation.untyped(API, "dependencyResources.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/dependency-resources/{dependencyResourceId}", 200);
    public static final Operation<JsonNode, JsonNode> DEPENDENCY_RESOURCES_RENAME =
            Operation.untyped(API, "dependencyResources.rename", OperationKind.COMMAND, HttpMethod.POST, "/dependency-resources/{dependencyResourceId}/rename", 200);
    public static final Operation<JsonNode, JsonNode> DEPENDENCY_RESOURCES_CREATE_BACKUP =
            Operation.untyped(API, "dependencyResources.createBackup", OperationKind.COMMAND, HttpMethod.POST, "/dependency-resources/{dependencyResourceId}/backups", 201);
    public static final Operation<JsonNode, JsonNode> DEPENDENCY_RESOURCES_LIST_BACKUPS =
            Operation.untyped(API, "dependencyResources.listBackups", OperationKind.QUERY, HttpMethod.GET, "/dependency-resources/{dependencyResourceId}/backups", 200);
    public static final Operation<JsonNode, JsonNode> DEPENDENCY_RESOURCES_SHOW_BACKUP =
            Operation.untyped(API, "dependencyResources.showBackup", OperationKind.QUERY, HttpMethod.GET, "/dependency-resources/backups/{backupId}", 200);
    public static final Operation<JsonNode, JsonNode> DEPENDENCY_RESOURCES_RESTORE_BACKUP =
            Operation.untyped(API, "dependencyResources.restoreBackup", OperationKind.COMMAND, HttpMethod.POST, "/dependency-resources/backups/{backupId}/restore", 202);
    public static final Operation<JsonNode, JsonNode> DEPENDENCY_RESOURCES_CONFIGURE_BACKUP_POLICY =
            Operation.untyped(API, "dependencyResources.configureBackupPolicy", OperationKind.COMMAND, HttpMethod.POST, "/dependency-resources/backup-policies", 201);
    public static final Operation<JsonNode, JsonNode> DEPENDENCY_RESOURCES_LIST_BACKUP_POLICIES =
            Operation.untyped(API, "dependencyResources.listBackupPolicies", OperationKind.QUERY, HttpMethod.GET, "/dependency-resources/backup-policies", 200);
    public static final Operation<JsonNode, JsonNode> DEPENDENCY_RESOURCES_SHOW_BACKUP_POLICY =
            Operation.untyped(API, "dependencyResources.showBackupPolicy", OperationKind.QUERY, HttpMethod.GET, "/dependency-resources/backup-policies/{policyId}", 200);
    public static final Operation<JsonNode, JsonNode> TERMINAL_SESSIONS_OPEN =
            Operation.untyped(API, "terminalSessions.open", OperationKind.COMMAND, HttpMethod.POST, "/terminal-sessions", 201);
    public static final Operation<JsonNode, JsonNode> TERMINAL_SESSIONS_LIST =
            Operation.untyped(API, "terminalSessions.list", OperationKind.QUERY, HttpMethod.GET, "/terminal-sessions", 200);
    public static final Operation<JsonNode, JsonNode> TERMINAL_SESSIONS_SHOW =
            Operation.untyped(API, "terminalSessions.show", OperationKind.QUERY, HttpMethod.GET, "/terminal-sessions/{sessionId}", 200);
    public static final Operation<JsonNode, JsonNode> TERMINAL_SESSIONS_CLOSE =
            Operation.untyped(API, "terminalSessions.close", OperationKind.COMMAND, HttpMethod.POST, "/terminal-sessions/{sessionId}/close", 200);
    public static final Operation<JsonNode, JsonNode> TERMINAL_SESSIONS_EXPIRE =
            Operation.untyped(API, "terminalSessions.expire", OperationKind.COMMAND, HttpMethod.POST, "/terminal-sessions/expire", 200);
    public static final Operation<JsonNode, JsonNode> DOMAIN_BINDINGS_LIST =
            Operation.untyped(API, "domainBindings.list", OperationKind.QUERY, HttpMethod.GET, "/domain-bindings", 200);
    public static final Operation<JsonNode, JsonNode> DOMAIN_BINDINGS_CREATE =
            Operation.untyped(API, "domainBindings.create", OperationKind.COMMAND, HttpMethod.POST, "/domain-bindings", 201);
    public static final Operation<JsonNode, JsonNode> DOMAIN_BINDINGS_SHOW =
            Operation.untyped(API, "domainBindings.show", OperationKind.QUERY, HttpMethod.GET, "/domain-bindings/{domainBindingId}", 200);
    public static final Operation<JsonNode, JsonNode> DOMAIN_BINDINGS_DELETE =
            Operation.untyped(API, "domainBindings.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/domain-bindings/{domainBindingId}", 200);
    public static final Operation<JsonNode, JsonNode> DOMAIN_BINDINGS_CONFIGURE_ROUTE =
            Operation.untyped(API, "domainBindings.configureRoute", OperationKind.COMMAND, HttpMethod.POST, "/domain-bindings/{domainBindingId}/route", 200);
    public static final Operation<JsonNode, JsonNode> DOMAIN_BINDINGS_CONFIRM_OWNERSHIP =
            Operation.untyped(API, "domainBindings.confirmOwnership", OperationKind.COMMAND, HttpMethod.POST, "/domain-bindings/{domainBindingId}/ownership-confirmations", 200);
    public static final Operation<JsonNode, JsonNode> DOMAIN_BINDINGS_DELETE_CHECK =
            Operation.untyped(API, "domainBindings.deleteCheck", OperationKind.QUERY, HttpMethod.GET, "/domain-bindings/{domainBindingId}/delete-check", 200);
    public static final Operation<JsonNode, JsonNode> DOMAIN_BINDINGS_RETRY_VERIFICATION =
            Operation.untyped(API, "domainBindings.retryVerification", OperationKind.COMMAND, HttpMethod.POST, "/domain-bindings/{domainBindingId}/verification-retries", 202);
    public static final Operation<JsonNode, JsonNode> CERTIFICATES_IMPORT =
            Operation.untyped(API, "certificates.import", OperationKind.COMMAND, HttpMethod.POST, "/certificates/import", 200);
    public static final Operation<JsonNode, JsonNode> CERTIFICATES_LIST =
            Operation.untyped(API, "certificates.list", OperationKind.QUERY, HttpMethod.GET, "/certificates", 200);
    public static final Operation<JsonNode, JsonNode> CERTIFICATES_SHOW =
            Operation.untyped(API, "certificates.show", OperationKind.QUERY, HttpMethod.GET, "/certificates/{certificateId}", 200);
    public static final Operation<JsonNode, JsonNode> CERTIFICATES_DELETE =
            Operation.untyped(API, "certificates.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/certificates/{certificateId}", 200);
    public static final Operation<JsonNode, JsonNode> CERTIFICATES_ISSUE_OR_RENEW =
            Operation.untyped(API, "certificates.issueOrRenew", OperationKind.COMMAND, HttpMethod.POST, "/certificates/issue-or-renew", 202);
    public static final Operation<JsonNode, JsonNode> CERTIFICATES_RETRY =
            Operation.untyped(API, "certificates.retry", OperationKind.COMMAND, HttpMethod.POST, "/certificates/{certificateId}/retries", 202);
    public static final Operation<JsonNode, JsonNode> CERTIFICATES_REVOKE =
            Operation.untyped(API, "certificates.revoke", OperationKind.COMMAND, HttpMethod.POST, "/certificates/{certificateId}/revoke", 200);
    public static final Operation<CountDeploymentsInput, CountOutput> DEPLOYMENTS_COUNT =
            Operation.of(API, "deployments.count", OperationKind.QUERY, HttpMethod.GET, "/deployments/count", 200, CountDeploymentsInput.class, CountOutput.class);
    public static final Operation<ListDeploymentsInput, DeploymentList> DEPLOYMENTS_LIST =
            Operation.of(API, "deployments.list", OperationKind.QUERY, HttpMethod.GET, "/deployments", 200, ListDeploymentsInput.class, DeploymentList.class);
    public static final Operation<CreateDeploymentInput, IdOutput> DEPLOYMENTS_CREATE =
            Operation.of(API, "deployments.create", OperationKind.COMMAND, HttpMethod.POST, "/deployments", 201, CreateDeploymentInput.class, IdOutput.class);
    public static final Operation<JsonNode, JsonNode> DEPLOYMENTS_CLEANUP_PREVIEW =
            Operation.untyped(API, "deployments.cleanupPreview", OperationKind.COMMAND, HttpMethod.POST, "/deployments/cleanup-preview", 202);
    public static final Operation<RetryDeploymentInput, IdOutput> DEPLOYMENTS_RETRY =
            Operation.of(API, "deployments.retry", OperationKind.COMMAND, HttpMethod.POST, "/deployments/{deploymentId}/retry", 201, RetryDeploymentInput.class, IdOutput.class);
    public static final Operation<RedeployInput, IdOutput> DEPLOYMENTS_REDEPLOY =
            Operation.of(API, "deployments.redeploy", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/redeploy", 201, RedeployInput.class, IdOutput.class);
    public static final Operation<RollbackDeploymentInput, IdOutput> DEPLOYMENTS_ROLLBACK =
            Operation.of(API, "deployments.rollback", OperationKind.COMMAND, HttpMethod.POST, "/deployments/{deploymentId}/rollback", 201, RollbackDeploymentInput.class, IdOutput.class);
    public static final Operation<CancelDeploymentInput, CanceledDeployment> DEPLOYMENTS_CANCEL =
            Operation.of(API, "deployments.cancel", OperationKind.COMMAND, HttpMethod.POST, "/deployments/{deploymentId}/cancel", 200, CancelDeploymentInput.class, CanceledDeployment.class);
    public static final Operation<ArchiveDeploymentInput, ArchivedDeployment> DEPLOYMENTS_ARCHIVE =
            Operation.of(API, "deployments.archive", OperationKind.COMMAND, HttpMethod.POST, "/deployments/{deploymentId}/archive", 200, ArchiveDeploymentInput.class, ArchivedDeployment.class);
    public static final Operation<PruneDeploymentsInput, PrunedDeployments> DEPLOYMENTS_PRUNE =
            Operation.of(API, "deployments.prune", OperationKind.COMMAND, HttpMethod.POST, "/deployments/prune", 200, PruneDeploymentsInput.class, PrunedDeployments.class);
    public static final Operation<PlanDeploymentInput, DeploymentPlanPreview> DEPLOYMENTS_PLAN =
            Operation.of(API, "deployments.plan", OperationKind.QUERY, HttpMethod.GET, "/deployments/plan", 200, PlanDeploymentInput.class, DeploymentPlanPreview.class);
    public static final Operation<ShowDeploymentInput, DeploymentDetail> DEPLOYMENTS_SHOW =
            Operation.of(API, "deployments.show", OperationKind.QUERY, HttpMethod.GET, "/deployments/{deploymentId}", 200, ShowDeploymentInput.class, DeploymentDetail.class);
    public static final Operation<RecoveryReadinessInput, RecoveryReadiness> DEPLOYMENTS_RECOVERY_READINESS =
            Operation.of(API, "deployments.recoveryReadiness", OperationKind.QUERY, HttpMethod.GET, "/deployments/{deploymentId}/recovery-readiness", 200, RecoveryReadinessInput.class, RecoveryReadiness.class);
    public static final Operation<CreateDeploymentInput, EventStream> DEPLOYMENTS_CREATE_STREAM =
            Operation.of(API, "deployments.createStream", OperationKind.COMMAND, HttpMethod.POST, "/deployments/stream", 200, CreateDeploymentInput.class, EventStream.class);
    public static final Operation<DeploymentLogsInput, DeploymentLogs> DEPLOYMENTS_LOGS =
            Operation.of(API, "deployments.logs", OperationKind.QUERY, HttpMethod.GET, "/deployments/{deploymentId}/logs", 200, DeploymentLogsInput.class, DeploymentLogs.class);
    public static final Operation<PruneDeploymentsInput, PrunedDeploymentLogs> DEPLOYMENTS_PRUNE_LOGS =
            Operation.of(API, "deployments.pruneLogs", OperationKind.COMMAND, HttpMethod.POST, "/deployments/logs/prune", 200, PruneDeploymentsInput.class, PrunedDeploymentLogs.class);
    public static final Operation<DeploymentEventsInput, DeploymentEvents> DEPLOYMENTS_EVENTS =
            Operation.of(API, "deployments.events", OperationKind.QUERY, HttpMethod.GET, "/deployments/{deploymentId}/events", 200, DeploymentEventsInput.class, DeploymentEvents.class);
    public static final Operation<DeploymentEventsInput, EventStream> DEPLOYMENTS_EVENTS_STREAM =
            Operation.of(API, "deployments.eventsStream", OperationKind.QUERY, HttpMethod.GET, "/deployments/{deploymentId}/events/stream", 200, DeploymentEventsInput.class, EventStream.class);
    public static final Operation<JsonNode, JsonNode> OPERATOR_WORK_LIST =
            Operation.untyped(API, "operatorWork.list", OperationKind.QUERY, HttpMethod.GET, "/operator-work", 200);
    public static final Operation<JsonNode, JsonNode> OPERATOR_WORK_SHOW =
            Operation.untyped(API, "operatorWork.show", OperationKind.QUERY, HttpMethod.GET, "/operator-work/{workId}", 200);
    public static final Operation<JsonNode, JsonNode> OPERATOR_WORK_MARK_RECOVERED =
            Operation.untyped(API, "operatorWork.markRecovered", OperationKind.COMMAND, HttpMethod.POST, "/operator-work/{workId}/mark-recovered", 200);
    public static final Operation<JsonNode, JsonNode> OPERATOR_WORK_DEAD_LETTER =
            Operation.untyped(API, "operatorWork.deadLetter", OperationKind.COMMAND, HttpMethod.POST, "/operator-work/{workId}/dead-letter", 200);
    public static final Operation<JsonNode, JsonNode> OPERATOR_WORK_CANCEL =
            Operation.untyped(API, "operatorWork.cancel", OperationKind.COMMAND, HttpMethod.POST, "/operator-work/{workId}/cancel", 200);
    public static final Operation<JsonNode, JsonNode> OPERATOR_WORK_RETRY =
            Operation.untyped(API, "operatorWork.retry", OperationKind.COMMAND, HttpMethod.POST, "/operator-work/{workId}/retry", 200);
    public static final Operation<JsonNode, JsonNode> OPERATOR_WORK_PRUNE =
            Operation.untyped(API, "operatorWork.prune", OperationKind.COMMAND, HttpMethod.POST, "/operator-work/prune", 200);
    public static final Operation<JsonNode, JsonNode> SOURCE_EVENTS_LIST =
            Operation.untyped(API, "sourceEvents.list", OperationKind.QUERY, HttpMethod.GET, "/source-events", 200);
    public static final Operation<JsonNode, JsonNode> SOURCE_EVENTS_SHOW =
            Operation.untyped(API, "sourceEvents.show", OperationKind.QUERY, HttpMethod.GET, "/source-events/{sourceEventId}", 200);
    public static final Operation<JsonNode, JsonNode> SOURCE_EVENTS_REPLAY =
            Operation.untyped(API, "sourceEvents.replay", OperationKind.COMMAND, HttpMethod.POST, "/source-events/{sourceEventId}/replay", 200);
    public static final Operation<JsonNode, JsonNode> SOURCE_EVENTS_PRUNE =
            Operation.untyped(API, "sourceEvents.prune", OperationKind.COMMAND, HttpMethod.POST, "/source-events/prune", 200);
    public static final Operation<JsonNode, JsonNode> AUDIT_EVENTS_LIST =
            Operation.untyped(API, "auditEvents.list", OperationKind.QUERY, HttpMethod.GET, "/audit-events", 200);
    public static final Operation<JsonNode, JsonNode> AUDIT_EVENTS_EXPORT =
            Operation.untyped(API, "auditEvents.export", OperationKind.QUERY, HttpMethod.GET, "/audit-events/export", 200);
    public static final Operation<JsonNode, JsonNode> AUDIT_EVENTS_EXPORT_GLOBAL =
            Operation.untyped(API, "auditEvents.exportGlobal", OperationKind.QUERY, HttpMethod.GET, "/audit-events/export-global", 200);
    public static final Operation<JsonNode, JsonNode> AUDIT_EVENTS_SHOW =
            Operation.untyped(API, "auditEvents.show", OperationKind.QUERY, HttpMethod.GET, "/audit-events/{auditEventId}", 200);
    public static final Operation<JsonNode, JsonNode> AUDIT_EVENTS_PRUNE =
            Operation.untyped(API, "auditEvents.prune", OperationKind.COMMAND, HttpMethod.POST, "/audit-events/prune", 200);
    public static final Operation<JsonNode, JsonNode> AUDIT_EVENTS_ARCHIVES_CREATE =
            Operation.untyped(API, "auditEvents.archives.create", OperationKind.COMMAND, HttpMethod.POST, "/audit-events/archives", 200);
    public static final Operation<JsonNode, JsonNode> AUDIT_EVENTS_ARCHIVES_LIST =
            Operation.untyped(API, "auditEvents.archives.list", OperationKind.QUERY, HttpMethod.GET, "/audit-events/archives", 200);
    public static final Operation<JsonNode, JsonNode> AUDIT_EVENTS_ARCHIVES_SHOW =
            Operation.untyped(API, "auditEvents.archives.show", OperationKind.QUERY, HttpMethod.GET, "/audit-events/archives/{archiveId}", 200);
    public static final Operation<JsonNode, JsonNode> AUDIT_EVENTS_ARCHIVES_PRUNE =
            Operation.untyped(API, "auditEvents.archives.prune", OperationKind.COMMAND, HttpMethod.POST, "/audit-events/archives/prune", 200);
    public static final Operation<JsonNode, JsonNode> AUDIT_EVENTS_LEGAL_HOLDS_CONFIGURE =
            Operation.untyped(API, "auditEvents.legalHolds.configure", OperationKind.COMMAND, HttpMethod.POST, "/audit-events/legal-holds", 200);
    public static final Operation<JsonNode, JsonNode> AUDIT_EVENTS_LEGAL_HOLDS_LIST =
            Operation.untyped(API, "auditEvents.legalHolds.list", OperationKind.QUERY, HttpMethod.GET, "/audit-events/legal-holds", 200);
    public static final Operation<JsonNode, JsonNode> AUDIT_EVENTS_LEGAL_HOLDS_SHOW =
            Operation.untyped(API, "auditEvents.legalHolds.show", OperationKind.QUERY, HttpMethod.GET, "/audit-events/legal-holds/{holdId}", 200);
    public static final Operation<JsonNode, JsonNode> AUDIT_EVENTS_LEGAL_HOLDS_RELEASE =
            Operation.untyped(API, "auditEvents.legalHolds.release", OperationKind.COMMAND, HttpMethod.POST, "/audit-events/legal-holds/{holdId}/release", 200);
    public static final Operation<JsonNode, JsonNode> PROVIDER_JOB_LOGS_PRUNE =
            Operation.untyped(API, "providerJobLogs.prune", OperationKind.COMMAND, HttpMethod.POST, "/provider-job-logs/prune", 200);
    public static final Operation<JsonNode, JsonNode> DOMAIN_EVENTS_PRUNE =
            Operation.untyped(API, "domainEvents.prune", OperationKind.COMMAND, HttpMethod.POST, "/domain-events/prune", 200);
    public static final Operation<JsonNode, JsonNode> SOURCE_LINKS_LIST =
            Operation.untyped(API, "sourceLinks.list", OperationKind.QUERY, HttpMethod.GET, "/source-links", 200);
    public static final Operation<JsonNode, JsonNode> SOURCE_LINKS_SHOW =
            Operation.untyped(API, "sourceLinks.show", OperationKind.QUERY, HttpMethod.GET, "/source-links/{sourceFingerprint}", 200);
    public static final Operation<JsonNode, JsonNode> SOURCE_LINKS_DELETE =
            Operation.untyped(API, "sourceLinks.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/source-links/{sourceFingerprint}", 200);
    public static final Operation<JsonNode, JsonNode> SOURCE_LINKS_RELINK =
            Operation.untyped(API, "sourceLinks.relink", OperationKind.COMMAND, HttpMethod.POST, "/source-links/relink", 200);
    public static final Operation<JsonNode, JsonNode> PREVIEW_POLICIES_CONFIGURE =
            Operation.untyped(API, "previewPolicies.configure", OperationKind.COMMAND, HttpMethod.POST, "/preview-policies", 200);
    public static final Operation<JsonNode, JsonNode> PREVIEW_POLICIES_SHOW =
            Operation.untyped(API, "previewPolicies.show", OperationKind.COMMAND, HttpMethod.POST, "/preview-policies/show", 200);
    public static final Operation<JsonNode, JsonNode> PREVIEW_ENVIRONMENTS_LIST =
            Operation.untyped(API, "previewEnvironments.list", OperationKind.QUERY, HttpMethod.GET, "/preview-environments", 200);
    public static final Operation<JsonNode, JsonNode> PREVIEW_ENVIRONMENTS_SHOW =
            Operation.untyped(API, "previewEnvironments.show", OperationKind.QUERY, HttpMethod.GET, "/preview-environments/{previewEnvironmentId}", 200);
    public static final Operation<JsonNode, JsonNode> PREVIEW_ENVIRONMENTS_DELETE =
            Operation.untyped(API, "previewEnvironments.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/resources/{resourceId}/preview-environments/{previewEnvironmentId}", 202);
    public static final Operation<JsonNode, JsonNode> PROVIDERS_LIST =
            Operation.untyped(API, "providers.list", OperationKind.QUERY, HttpMethod.GET, "/providers", 200);
    public static final Operation<JsonNode, JsonNode> PLUGINS_LIST =
            Operation.untyped(API, "plugins.list", OperationKind.QUERY, HttpMethod.GET, "/plugins", 200);
    public static final Operation<JsonNode, JsonNode> SYSTEM_DOCTOR =
            Operation.untyped(API, "system.doctor", OperationKind.QUERY, HttpMethod.GET, "/system/doctor", 200);
    public static final Operation<JsonNode, JsonNode> INTEGRATIONS_LIST =
            Operation.untyped(API, "integrations.list", OperationKind.QUERY, HttpMethod.GET, "/integrations", 200);
    public static final Operation<JsonNode, JsonNode> INTEGRATIONS_GITHUB_APP_CONNECTION_SHOW =
            Operation.untyped(API, "integrations.github.appConnection.show", OperationKind.QUERY, HttpMethod.GET, "/integrations/github/app-connection", 200);
    public static final Operation<JsonNode, JsonNode> INTEGRATIONS_GITHUB_REPOSITORIES_LIST =
            Operation.untyped(API, "integrations.github.repositories.list", OperationKind.QUERY, HttpMethod.GET, "/integrations/github/repositories", 200);
    public static final Operation<JsonNode, JsonNode> SOURCE_EVENTS_INGEST_GENERIC_SIGNED =
            Operation.untyped(API, "source-events.ingestGenericSigned", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/source-events/generic-signed", 202);
    public static final Operation<JsonNode, JsonNode> SOURCE_EVENTS_INGEST =
            Operation.untyped(API, "source-events.ingest", OperationKind.COMMAND, HttpMethod.POST, "/integrations/github/source-events", 202);
    public static final Operation<JsonNode, JsonNode> SYSTEM_INSTANCE_UPGRADE_CHECK =
            Operation.untyped(API, "system.instance-upgrade.check", OperationKind.QUERY, HttpMethod.GET, "/instance-upgrade/check", 200);
    public static final Operation<JsonNode, JsonNode> SYSTEM_INSTANCE_UPGRADE_APPLY =
            Operation.untyped(API, "system.instance-upgrade.apply", OperationKind.COMMAND, HttpMethod.POST, "/instance-upgrade/apply", 202);

    /** Every operation above, in spec order. */
    public static final List<Operation<?, ?>> ALL = List.of(
            AUTH_BOOTSTRAP_STATUS,
            AUTH_BOOTSTRAP_FIRST_ADMIN,
            CAPABILITIES_QUERY,
            ENTITLEMENTS_QUERY,
            USAGE_INTENTS_RECORD,
            USAGE_INTENTS_LIST,
            DEPLOYMENT_OVERLAYS_EVALUATE,
            DEPLOYMENT_OVERLAYS_LIST,
            ROUTE_SURFACES_EVALUATE,
            ROUTE_SURFACES_LIST,
            DEPLOY_TOKENS_CREATE,
            DEPLOY_TOKENS_LIST,
            DEPLOY_TOKENS_SHOW,
            DEPLOY_TOKENS_ROTATE,
            DEPLOY_TOKENS_REVOKE,
            ACCOUNT_SHOW_PROFILE,
            ACCOUNT_CHANGE_PROFILE,
            ACCOUNT_LIST_SESSIONS,
            ACCOUNT_REVOKE_SESSION,
            ACCOUNT_DELETE,
            ORGANIZATIONS_CURRENT_CONTEXT,
            ORGANIZATIONS_SHOW_PROFILE,
            ORGANIZATIONS_CHANGE_PROFILE,
            ORGANIZATIONS_DELETE,
            ORGANIZATIONS_SWITCH_CURRENT,
            ORGANIZATIONS_LIST_MEMBERS,
            ORGANIZATIONS_LIST_INVITATIONS,
            ORGANIZATIONS_INVITE_MEMBER,
            ORGANIZATIONS_UPDATE_MEMBER_ROLE,
            ORGANIZATIONS_REMOVE_MEMBER,
            ORGANIZATIONS_TRANSFER_OWNER,
            PROJECTS_COUNT,
            PROJECTS_LIST,
            PROJECTS_CREATE,
            PROJECTS_SHOW,
            PROJECTS_DELETE,
            PROJECTS_RENAME,
            PROJECTS_SET_DESCRIPTION,
            PROJECTS_ARCHIVE,
            PROJECTS_RESTORE,
            PROJECTS_DELETE_CHECK,
            SERVERS_COUNT,
            SERVERS_LIST,
            SERVERS_CREATE,
            SERVERS_SHOW,
            SERVERS_DELETE,
            SERVERS_CAPACITY_INSPECT,
            SERVERS_CAPACITY_PRUNE,
            SERVERS_CAPACITY_POLICY_CONFIGURE,
            SERVERS_CAPACITY_POLICY_LIST,
            SERVERS_CAPACITY_POLICY_SHOW,
            SERVERS_RENAME,
            SERVERS_CONFIGURE_EDGE_PROXY,
            SERVERS_DEACTIVATE,
            SERVERS_DELETE_CHECK,
            SERVERS_CONFIGURE_CREDENTIAL,
            SERVERS_TEST_CONNECTIVITY,
            SERVERS_TEST_DRAFT_CONNECTIVITY,
            SERVERS_BOOTSTRAP_PROXY,
            RUNTIME_USAGE_INSPECT,
            RUNTIME_MONITORING_SAMPLES,
            RUNTIME_MONITORING_ROLLUP,
            RUNTIME_MONITORING_THRESHOLD_CONFIGURE,
            RUNTIME_MONITORING_THRESHOLD_SHOW,
            RETENTION_DEFAULTS_CONFIGURE,
            RETENTION_DEFAULTS_LIST,
            RETENTION_DEFAULTS_SHOW,
            CREDENTIALS_SSH_LIST,
            CREDENTIALS_SSH_CREATE,
            CREDENTIALS_SSH_SHOW,
            CREDENTIALS_SSH_DELETE,
            CREDENTIALS_SSH_ROTATE,
            ENVIRONMENTS_COUNT,
            ENVIRONMENTS_LIST,
            ENVIRONMENTS_CREATE,
            ENVIRONMENTS_SHOW,
            ENVIRONMENTS_LOCK,
            ENVIRONMENTS_UNLOCK,
            ENVIRONMENTS_ARCHIVE,
            ENVIRONMENTS_CLONE,
            ENVIRONMENTS_RENAME,
            ENVIRONMENTS_SET_VARIABLE,
            ENVIRONMENTS_UNSET_VARIABLE,
            ENVIRONMENTS_EFFECTIVE_PRECEDENCE,
            ENVIRONMENTS_PROMOTE,
            ENVIRONMENTS_DIFF,
            DEFAULT_ACCESS_DOMAIN_POLICIES_CONFIGURE,
            DEFAULT_ACCESS_DOMAIN_POLICIES_LIST,
            DEFAULT_ACCESS_DOMAIN_POLICIES_SHOW,
            RESOURCES_COUNT,
            RESOURCES_LIST,
            RESOURCES_CREATE,
            RESOURCES_SHOW,
            RESOURCES_DELETE,
            RESOURCES_ARCHIVE,
            RESOURCES_CONFIGURE_HEALTH,
            RESOURCES_RESET_HEALTH,
            RESOURCES_CONFIGURE_NETWORK,
            RESOURCES_CONFIGURE_ACCESS,
            RESOURCES_CONFIGURE_AUTO_DEPLOY,
            RESOURCES_ATTACH_STORAGE,
            RESOURCES_DETACH_STORAGE,
            RESOURCES_CONFIGURE_RUNTIME,
            RESOURCES_CONFIGURE_SOURCE,
            RESOURCES_SET_VARIABLE,
            RESOURCES_SECRETS_CREATE,
            RESOURCES_SECRETS_LIST,
            RESOURCES_SECRETS_ROTATE,
            RESOURCES_SECRETS_DELETE,
            RESOURCES_SECRETS_SHOW,
            RESOURCES_IMPORT_VARIABLES,
            RESOURCES_UNSET_VARIABLE,
            RESOURCES_EFFECTIVE_CONFIG,
            RESOURCES_DIAGNOSTIC_SUMMARY,
            RESOURCES_ACCESS_FAILURE_EVIDENCE,
            RESOURCES_HEALTH,
            RESOURCES_HEALTH_HISTORY,
            RESOURCES_PROXY_CONFIGURATION,
            RESOURCES_LOGS,
            RESOURCES_LOGS_STREAM,
            RESOURCES_ARCHIVE_LOGS,
            RESOURCES_LOG_ARCHIVES_LIST,
            RESOURCES_LOG_ARCHIVES_SHOW,
            RESOURCES_LOG_ARCHIVES_PRUNE,
            RESOURCES_RUNTIME_STOP,
            RESOURCES_RUNTIME_START,
            RESOURCES_RUNTIME_RESTART,
            RESOURCES_DEPENDENCY_BINDINGS_BIND,
            RESOURCES_DEPENDENCY_BINDINGS_LIST,
            RESOURCES_DEPENDENCY_BINDINGS_UNBIND,
            RESOURCES_DEPENDENCY_BINDINGS_SHOW,
            RESOURCES_DEPENDENCY_BINDINGS_ROTATE_SECRET,
            STATIC_ARTIFACTS_LIST_PUBLICATIONS,
            STATIC_ARTIFACTS_PUBLISH,
            STATIC_ARTIFACTS_PUBLISH_ARCHIVE,
            STATIC_ARTIFACTS_PUBLISH_PAYLOAD,
            STORAGE_VOLUMES_CREATE,
            STORAGE_VOLUMES_LIST,
            STORAGE_VOLUMES_SHOW,
            STORAGE_VOLUMES_DELETE,
            STORAGE_VOLUMES_RENAME,
            STORAGE_VOLUMES_CLEANUP_RUNTIME,
            SCHEDULED_TASKS_LIST,
            SCHEDULED_TASKS_CREATE,
            SCHEDULED_TASKS_SHOW,
            SCHEDULED_TASKS_CONFIGURE,
            SCHEDULED_TASKS_DELETE,
            SCHEDULED_TASKS_RUN_NOW,
            SCHEDULED_TASKS_RUNS_LIST,
            SCHEDULED_TASKS_RUNS_SHOW,
            SCHEDULED_TASKS_RUNS_LOGS,
            DEPENDENCY_RESOURCES_PROVISIONING_PLAN,
            DEPENDENCY_RESOURCES_PROVISIONING_ACCEPT,
            DEPENDENCY_RESOURCES_PROVISIONING_STATUS,
            DEPENDENCY_RESOURCES_COUNT,
            DEPENDENCY_RESOURCES_PROVISION,
            DEPENDENCY_RESOURCES_IMPORT,
            DEPENDENCY_RESOURCES_LIST,
            DEPENDENCY_RESOURCES_SHOW,
            DEPENDENCY_RESOURCES_DELETE,
            DEPENDENCY_RESOURCES_RENAME,
            DEPENDENCY_RESOURCES_CREATE_BACKUP,
            DEPENDENCY_RESOURCES_LIST_BACKUPS,
            DEPENDENCY_RESOURCES_SHOW_BACKUP,
            DEPENDENCY_RESOURCES_RESTORE_BACKUP,
            DEPENDENCY_RESOURCES_CONFIGURE_BACKUP_POLICY,
            DEPENDENCY_RESOURCES_LIST_BACKUP_POLICIES,
            DEPENDENCY_RESOURCES_SHOW_BACKUP_POLICY,
            TERMINAL_SESSIONS_OPEN,
            TERMINAL_SESSIONS_LIST,
            TERMINAL_SESSIONS_SHOW,
            TERMINAL_SESSIONS_CLOSE,
            TERMINAL_SESSIONS_EXPIRE,
            DOMAIN_BINDINGS_LIST,
            DOMAIN_BINDINGS_CREATE,
            DOMAIN_BINDINGS_SHOW,
            DOMAIN_BINDINGS_DELETE,
            DOMAIN_BINDINGS_CONFIGURE_ROUTE,
            DOMAIN_BINDINGS_CONFIRM_OWNERSHIP,
            DOMAIN_BINDINGS_DELETE_CHECK,
            DOMAIN_BINDINGS_RETRY_VERIFICATION,
            CERTIFICATES_IMPORT,
            CERTIFICATES_LIST,
            CERTIFICATES_SHOW,
            CERTIFICATES_DELETE,
            CERTIFICATES_ISSUE_OR_RENEW,
            CERTIFICATES_RETRY,
            CERTIFICATES_REVOKE,
            DEPLOYMENTS_COUNT,
            DEPLOYMENTS_LIST,
            DEPLOYMENTS_CREATE,
            DEPLOYMENTS_CLEANUP_PREVIEW,
            DEPLOYMENTS_RETRY,
            DEPLOYMENTS_REDEPLOY,
            DEPLOYMENTS_ROLLBACK,
            DEPLOYMENTS_CANCEL,
            DEPLOYMENTS_ARCHIVE,
            DEPLOYMENTS_PRUNE,
            DEPLOYMENTS_PLAN,
            DEPLOYMENTS_SHOW,
            DEPLOYMENTS_RECOVERY_READINESS,
            DEPLOYMENTS_CREATE_STREAM,
            DEPLOYMENTS_LOGS,
            DEPLOYMENTS_PRUNE_LOGS,
            DEPLOYMENTS_EVENTS,
            DEPLOYMENTS_EVENTS_STREAM,
            OPERATOR_WORK_LIST,
            OPERATOR_WORK_SHOW,
            OPERATOR_WORK_MARK_RECOVERED,
            OPERATOR_WORK_DEAD_LETTER,
            OPERATOR_WORK_CANCEL,
            OPERATOR_WORK_RETRY,
            OPERATOR_WORK_PRUNE,
            SOURCE_EVENTS_LIST,
            SOURCE_EVENTS_SHOW,
            SOURCE_EVENTS_REPLAY,
            SOURCE_EVENTS_PRUNE,
            AUDIT_EVENTS_LIST,
            AUDIT_EVENTS_EXPORT,
            AUDIT_EVENTS_EXPORT_GLOBAL,
            AUDIT_EVENTS_SHOW,
            AUDIT_EVENTS_PRUNE,
            AUDIT_EVENTS_ARCHIVES_CREATE,
            AUDIT_EVENTS_ARCHIVES_LIST,
            AUDIT_EVENTS_ARCHIVES_SHOW,
            AUDIT_EVENTS_ARCHIVES_PRUNE,
            AUDIT_EVENTS_LEGAL_HOLDS_CONFIGURE,
            AUDIT_EVENTS_LEGAL_HOLDS_LIST,
            AUDIT_EVENTS_LEGAL_HOLDS_SHOW,
            AUDIT_EVENTS_LEGAL_HOLDS_RELEASE,
            PROVIDER_JOB_LOGS_PRUNE,
            DOMAIN_EVENTS_PRUNE,
            SOURCE_LINKS_LIST,
            SOURCE_LINKS_SHOW,
            SOURCE_LINKS_DELETE,
            SOURCE_LINKS_RELINK,
            PREVIEW_POLICIES_CONFIGURE,
            PREVIEW_POLICIES_SHOW,
            PREVIEW_ENVIRONMENTS_LIST,
            PREVIEW_ENVIRONMENTS_SHOW,
            PREVIEW_ENVIRONMENTS_DELETE,
            PROVIDERS_LIST,
            PLUGINS_LIST,
            SYSTEM_DOCTOR,
            INTEGRATIONS_LIST,
            INTEGRATIONS_GITHUB_APP_CONNECTION_SHOW,
            INTEGRATIONS_GITHUB_REPOSITORIES_LIST,
            SOURCE_EVENTS_INGEST_GENERIC_SIGNED,
            SOURCE_EVENTS_INGEST,
            SYSTEM_INSTANCE_UPGRADE_CHECK,
            SYSTEM_INSTANCE_UPGRADE_APPLY);

    private AppaloftOperations() {
    }
}
