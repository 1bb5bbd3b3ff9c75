package dev.appaloft.api.deployments;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code deployments.show}: the attempt, where it stands, and its failure when it failed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeploymentDetail(
        String schemaVersion,
        DeploymentView deployment,
        Status status,
        RelatedContext relatedContext,
        Snapshot snapshot,
        Timeline timeline,
        DeploymentLogLine latestFailure,
        RecoverySummary recoverySummary,
        List<String> nextActions,
        List<Object> sectionErrors,
        String generatedAt) {

    public static final String SCHEMA_VERSION = "deployments.show/v1";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Status(DeploymentStatus current, String createdAt, String startedAt, String finishedAt) {
    }

    /** The records the deployment belongs to, by id and name (each section only as far as it is known). */
    public record RelatedContext(Ref project, Ref environment, Ref resource, Ref server, Ref destination) {
    }

    /** A related record: id always; name, slug, kind, host, port, providerKey when they apply. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ref(String id, String name, String slug, String kind, String host, Integer port, String providerKey) {

        public static Ref of(String id) {
            return new Ref(id, null, null, null, null, null, null);
        }
    }

    /** What the deployment was fixed to at admission: its plan and its variables (secrets masked). */
    public record Snapshot(RuntimePlanView runtimePlan, EnvironmentSnapshotView environmentSnapshot) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Timeline(String createdAt, String startedAt, String finishedAt, long logCount) {
    }

    /** The headline of {@code deployments.recoveryReadiness}. */
    public record RecoverySummary(String source, boolean retryable, boolean redeployable, boolean rollbackReady,
                                  long rollbackCandidateCount, List<String> blockedReasonCodes) {
    }
}
