package dev.appaloft.api.identity;

/** {@code organizations.removeMember}: the member loses access at once; the last owner cannot be removed. */
public record RemoveMemberInput(String organizationId, String memberId, String idempotencyKey) {
}
