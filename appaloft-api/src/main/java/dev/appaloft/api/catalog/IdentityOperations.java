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

/** The catalog's area of identity: sign-in, accounts, organizations and deploy tokens. Part of {@link AppaloftOperations#ALL}. */
@SuppressWarnings("unused")
public final class IdentityOperations {

    private static final Api API = Api.APPALOFT;

    public static final Operation<BootstrapStatusInput, BootstrapStatus> AUTH_BOOTSTRAP_STATUS =
            Operation.of(API, "auth.bootstrapStatus", OperationKind.QUERY, HttpMethod.GET, "/bootstrap/auth/status", 200, BootstrapStatusInput.class, BootstrapStatus.class);
    public static final Operation<BootstrapFirstAdminInput, FirstAdminBootstrapped> AUTH_BOOTSTRAP_FIRST_ADMIN =
            Operation.of(API, "auth.bootstrapFirstAdmin", OperationKind.COMMAND, HttpMethod.POST, "/bootstrap/auth/first-admin", 201, BootstrapFirstAdminInput.class, FirstAdminBootstrapped.class);
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

    private IdentityOperations() {
    }
}
