package dev.appaloft.api.identity;

import dev.appaloft.api.Actor;

public record OrganizationProfile(String organizationId, String name, String slug, Actor.Role role,
                                  OrganizationPermissions permissions, String logoUrl, String createdAt,
                                  String updatedAt) {
}
