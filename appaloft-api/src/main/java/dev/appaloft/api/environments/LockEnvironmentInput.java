package dev.appaloft.api.environments;

/** {@code environments.lock}: a locked environment is readable but rejects changes and deployments. */
public record LockEnvironmentInput(String environmentId, String reason) {
}
