package dev.appaloft.api.resources;

/** {@code resources.configureHealth}: the policy that decides whether a deployment is healthy. */
public record ConfigureHealthInput(String resourceId, HealthCheck healthCheck) {
}
