package dev.appaloft.api.environments;

public record RenameEnvironmentInput(String environmentId, String name) {
}
