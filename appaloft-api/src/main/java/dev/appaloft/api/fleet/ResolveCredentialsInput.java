package dev.appaloft.api.fleet;

/** {@code resolve_credentials} for one deployment. */
public record ResolveCredentialsInput(String deploymentId) {
}
