package dev.appaloft.api.environments;

public record UnlockEnvironmentInput(String environmentId) {
}
