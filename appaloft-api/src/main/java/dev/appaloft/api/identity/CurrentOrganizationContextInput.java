package dev.appaloft.api.identity;

/** {@code organizations.currentContext}: the caller, their current organization and role, and the others they belong to. */
public record CurrentOrganizationContextInput() {
}
