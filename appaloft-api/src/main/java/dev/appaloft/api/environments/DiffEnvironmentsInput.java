package dev.appaloft.api.environments;

public record DiffEnvironmentsInput(String environmentId, String otherEnvironmentId) {
}
