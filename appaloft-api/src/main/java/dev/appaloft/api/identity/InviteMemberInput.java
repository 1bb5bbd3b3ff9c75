package dev.appaloft.api.identity;

import dev.appaloft.api.Actor;

/** {@code organizations.inviteMember}: an invitation token for {@code email}, valid for 7 days. */
public record InviteMemberInput(String organizationId, String email, Actor.Role role, String idempotencyKey) {
}
