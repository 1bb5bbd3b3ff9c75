package dev.appaloft.api.resources;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.appaloft.api.deployments.DeploymentStatus;
import java.util.List;

/**
 * {@code resources.show}: the resource with its profiles and lifecycle, its deployment counts, its
 * newest deployment and where it answers ({@code accessSummary}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceDetail(
        String schemaVersion,
        Core resource,
        SourceBinding source,
        AutoDeployPolicy autoDeployPolicy,
        RuntimeProfile runtimeProfile,
        NetworkProfile networkProfile,
        AccessProfile accessProfile,
        HealthCheck healthPolicy,
        AccessSummary accessSummary,
        LatestDeployment latestDeployment,
        Lifecycle lifecycle,
        List<Diagnostic> diagnostics,
        String generatedAt) {

    public static final String SCHEMA_VERSION = "resources.show/v1";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Core(
            String id,
            String projectId,
            String environmentId,
            String destinationId,
            String name,
            String slug,
            ResourceKind kind,
            String description,
            String createdAt,
            List<ResourceService> services,
            long deploymentCount,
            String lastDeploymentId,
            String lastDeploymentStatus) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LatestDeployment(String id, DeploymentStatus status, String createdAt, String startedAt,
                                   String finishedAt, String serverId, String destinationId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Lifecycle(ResourceLifecycleStatus status, String archivedAt, String deletedAt) {
    }

    /** Something about the profiles a user should know before deploying. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Diagnostic(String code, String severity, String message, String section, String fieldPath,
                             Boolean blocksDeploymentAdmission, String suggestedCommand) {
    }
}
