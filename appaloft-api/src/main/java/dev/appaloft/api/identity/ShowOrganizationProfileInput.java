package dev.appaloft.api.identity;

/** {@code organizations.showProfile}: the caller's current organization (another one reads as absent). */
public record ShowOrganizationProfileInput(String organizationId) {
}
