package dev.appaloft.api.environments;

public record ArchiveEnvironmentInput(String environmentId, String reason) {
}
