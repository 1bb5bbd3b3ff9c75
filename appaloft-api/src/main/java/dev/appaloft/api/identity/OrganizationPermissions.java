package dev.appaloft.api.identity;

/** What the caller's role lets them do with members and tokens (derived from the access table). */
public record OrganizationPermissions(boolean canInviteMembers, boolean canListMembers, boolean canManageDeployTokens,
                                      boolean canRemoveMembers, boolean canTransferOwnership,
                                      boolean canUpdateMemberRoles) {
}
