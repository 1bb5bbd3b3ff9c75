package dev.appaloft.api.identity;

/** {@code organizations.changeProfile}: absent fields stay; an empty {@code logoUrl} clears it. */
public record ChangeOrganizationProfileInput(String organizationId, String name, String slug, String logoUrl,
                                             String idempotencyKey) {
}
