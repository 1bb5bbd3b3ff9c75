package dev.appaloft.api.identity;

public record RemovedMember(String memberId, String organizationId, String removedAt) {
}
