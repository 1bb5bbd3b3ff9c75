package dev.appaloft.api.identity;

/** {@code organizations.transferOwner}: {@code toMember} becomes an owner, {@code fromMember} an admin. */
public record TransferOwnerInput(String organizationId, String fromMemberId, String toMemberId, String idempotencyKey) {
}
