package dev.appaloft.api.environments;

/** {@code environments.promote}: a new environment of {@code targetKind} with the source's effective variables. */
public record PromoteEnvironmentInput(String environmentId, String targetName, EnvironmentKind targetKind) {
}
