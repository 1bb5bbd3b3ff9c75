package dev.appaloft.api.sources;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code sourceEvents.show}: the event with its verification, dedupe and per-resource policy results. */
public record SourceEventDetail(String sourceEventId, String projectId, List<String> matchedResourceIds,
                                SourceKind sourceKind, SourceEventKind eventKind, SourceIdentity sourceIdentity,
                                String ref, String revision, Verification verification, SourceEventStatus status,
                                String dedupeOfSourceEventId, List<PolicyResult> policyResults,
                                List<String> createdDeploymentIds, String receivedAt) {

    /** Which repository the event is about. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceIdentity(String locator, String providerRepositoryId, String repositoryFullName) {
    }

    /** How the event was verified: {@code verified}; rejected deliveries are never recorded. */
    public record Verification(String status, String method, String keyVersion) {
    }

    /** What the event did for one resource. */
    public record PolicyResult(String resourceId, String status, String reason, String deploymentId, String errorCode) {
    }
}
