package dev.appaloft.api.environments;

/** {@code environments.create}: the name is unique within the project. */
public record CreateEnvironmentInput(String projectId, String name, EnvironmentKind kind, String parentEnvironmentId) {
}
