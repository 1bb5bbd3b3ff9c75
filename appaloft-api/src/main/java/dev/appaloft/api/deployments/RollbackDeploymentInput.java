package dev.appaloft.api.deployments;

/**
 * {@code deployments.rollback}: a new attempt that runs a previous successful deployment's image
 * and variables again (no data or volume rollback).
 */
public record RollbackDeploymentInput(String deploymentId, String rollbackCandidateDeploymentId, String resourceId,
                                      String readinessGeneratedAt) {
}
