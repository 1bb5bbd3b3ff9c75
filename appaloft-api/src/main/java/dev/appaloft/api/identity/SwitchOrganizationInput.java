package dev.appaloft.api.identity;

/** {@code organizations.switchCurrent}: the caller's session acts in another organization they belong to. */
public record SwitchOrganizationInput(String organizationId, String idempotencyKey) {
}
