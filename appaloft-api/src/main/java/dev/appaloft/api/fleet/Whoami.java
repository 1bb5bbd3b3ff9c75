package dev.appaloft.api.fleet;

/**
 * {@code whoami}: the caller's token. {@code id} is the token id (admin), the group id (group
 * token) or the deployment id (deployment token).
 */
public record Whoami(String kind, String id, Scope scope) {

    public record Scope(String type, String deploymentGroupId, String deploymentId) {
    }
}
