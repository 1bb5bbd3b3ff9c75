package dev.appaloft.api.identity;

/** {@code organizations.delete}: owners only, confirmed by the id; the built-in organization cannot be deleted. */
public record DeleteOrganizationInput(String organizationId, Confirmation confirmation, String idempotencyKey) {

    public record Confirmation(String organizationId) {
    }
}
