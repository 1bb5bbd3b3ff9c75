package dev.appaloft.api.environments;

/** {@code environments.clone}: a new environment with the source's effective variables; kind defaults to the source's. */
public record CloneEnvironmentInput(String environmentId, String targetName, EnvironmentKind targetKind) {
}
