package dev.appaloft.api.environments;

public record ShowEnvironmentInput(String environmentId) {
}
