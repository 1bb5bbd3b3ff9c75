package dev.appaloft.api.identity;

import dev.appaloft.api.Actor;

/** {@code organizations.updateMemberRole}: only owners grant or take the owner role; the last owner stays one. */
public record UpdateMemberRoleInput(String organizationId, String memberId, Actor.Role role, String idempotencyKey) {
}
