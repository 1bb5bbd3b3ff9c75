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

import dev.appaloft.api.identity.*;

/** The {@code organizations.*} operations: context, profile, members, invitations, ownership. */
public final class OrganizationsApi {

    private final OperationExecutor executor;

    public OrganizationsApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public OrganizationContext currentContext() {
        return executor.execute(ORGANIZATIONS_CURRENT_CONTEXT, new CurrentOrganizationContextInput());
    }

    public OrganizationContext switchCurrent(String organizationId) {
        return executor.execute(ORGANIZATIONS_SWITCH_CURRENT, new SwitchOrganizationInput(organizationId, null));
    }

    public OrganizationProfile showProfile(String organizationId) {
        return executor.execute(ORGANIZATIONS_SHOW_PROFILE, new ShowOrganizationProfileInput(organizationId));
    }

    public OrganizationProfile changeProfile(ChangeOrganizationProfileInput input) {
        return executor.execute(ORGANIZATIONS_CHANGE_PROFILE, input);
    }

    public DeletedOrganization delete(String organizationId) {
        return executor.execute(ORGANIZATIONS_DELETE, new DeleteOrganizationInput(organizationId,
                new DeleteOrganizationInput.Confirmation(organizationId), null));
    }

    public MemberList listMembers(ListMembersInput input) {
        return executor.execute(ORGANIZATIONS_LIST_MEMBERS, input);
    }

    public InvitationList listInvitations(ListInvitationsInput input) {
        return executor.execute(ORGANIZATIONS_LIST_INVITATIONS, input);
    }

    public InvitationView invite(InviteMemberInput input) {
        return executor.execute(ORGANIZATIONS_INVITE_MEMBER, input);
    }

    public MemberView updateMemberRole(UpdateMemberRoleInput input) {
        return executor.execute(ORGANIZATIONS_UPDATE_MEMBER_ROLE, input);
    }

    public RemovedMember removeMember(String organizationId, String memberId) {
        return executor.execute(ORGANIZATIONS_REMOVE_MEMBER, new RemoveMemberInput(organizationId, memberId, null));
    }

    public OwnershipTransferred transferOwner(TransferOwnerInput input) {
        return executor.execute(ORGANIZATIONS_TRANSFER_OWNER, input);
    }
}
