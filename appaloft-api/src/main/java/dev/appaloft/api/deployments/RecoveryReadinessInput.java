package dev.appaloft.api.deployments;

/**
 * {@code deployments.recoveryReadiness}; {@code maxCandidates} is a number (the spec lets it arrive
 * as a query string), default 5.
 */
public record RecoveryReadinessInput(String deploymentId, String resourceId, Boolean includeCandidates,
                                     String maxCandidates) {

    public static RecoveryReadinessInput of(String deploymentId) {
        return new RecoveryReadinessInput(deploymentId, null, true, null);
    }
}
