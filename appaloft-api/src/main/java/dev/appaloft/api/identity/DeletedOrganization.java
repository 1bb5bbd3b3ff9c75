package dev.appaloft.api.identity;

public record DeletedOrganization(String organizationId, String deletedAt) {
}
