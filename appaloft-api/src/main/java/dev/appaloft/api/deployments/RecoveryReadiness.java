package dev.appaloft.api.deployments;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code deployments.recoveryReadiness}: whether retry, redeploy and rollback would be accepted for
 * this deployment now, why not, and the rollback candidates. Clients decide from this, not from an
 * error's retryable flag.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecoveryReadiness(String schemaVersion, String deploymentId, String resourceId, String generatedAt,
                                String stateVersion, boolean recoverable, boolean retryable, boolean redeployable,
                                boolean rollbackReady, long rollbackCandidateCount, Action retry, Action redeploy,
                                Rollback rollback, List<RecommendedAction> recommendedActions) {

    public static final String SCHEMA_VERSION = "deployments.recovery-readiness/v1";

    /**
     * @param code e.g. {@code attempt-not-terminal}, {@code resource-runtime-busy}
     * @param category {@code allowed}, {@code blocked}, {@code warning} or {@code info}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reason(String code, String category, String phase, String relatedDeploymentId,
                         String relatedEntityId, String relatedEntityType, boolean retriable, String recommendation) {
    }

    public record Action(boolean allowed, boolean commandActive, List<Reason> reasons, String targetOperation) {
    }

    public record Rollback(boolean allowed, boolean commandActive, List<Reason> reasons, List<Candidate> candidates) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Candidate(String deploymentId, String finishedAt, String status, String sourceSummary,
                            String artifactSummary, String environmentSnapshotId, String runtimeTargetSummary,
                            boolean rollbackReady, List<Reason> reasons) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RecommendedAction(String kind, String targetOperation, String label, boolean safeByDefault,
                                    String blockedReasonCode, Boolean commandActive) {
    }
}
