package dev.appaloft.api.resources;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code resources.show}: the resource with its profiles and lifecycle. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceDetail(
        String schemaVersion,
        Core resource,
        SourceBinding source,
        RuntimeProfile runtimeProfile,
        NetworkProfile networkProfile,
        AccessProfile accessProfile,
        HealthCheck healthPolicy,
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
    public record Lifecycle(ResourceLifecycleStatus status, String archivedAt, String deletedAt) {
    }

    /** Something about the profiles a user should know before deploying. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Diagnostic(String code, String severity, String message, String section, String fieldPath,
                             Boolean blocksDeploymentAdmission, String suggestedCommand) {
    }
}
