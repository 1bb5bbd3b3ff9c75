package dev.appaloft.api.identity;

import dev.appaloft.api.Actor;

/** An organization as one of its members sees it, with their role. */
public record OrganizationSummary(String organizationId, String name, String slug, Actor.Role role) {
}
