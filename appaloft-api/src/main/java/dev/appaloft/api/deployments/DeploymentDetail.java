package dev.appaloft.api.deployments;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code deployments.show}: the attempt, where it stands, and its failure when it failed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeploymentDetail(
        String schemaVersion,
        DeploymentView deployment,
        Status status,
        DeploymentLogLine latestFailure,
        List<String> nextActions,
        List<Object> sectionErrors,
        String generatedAt) {

    public static final String SCHEMA_VERSION = "deployments.show/v1";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Status(DeploymentStatus current, String createdAt, String startedAt, String finishedAt) {
    }
}
