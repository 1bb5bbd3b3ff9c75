package dev.appaloft.api.resources;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.appaloft.api.resources.running.RuntimeControlAttempt;
import java.util.List;

/** A resource in lists, with its deployment counts, its latest runtime control and where it answers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceSummary(
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
        NetworkProfile networkProfile,
        AccessProfile accessProfile,
        long deploymentCount,
        String lastDeploymentId,
        String lastDeploymentStatus,
        RuntimeControlAttempt latestRuntimeControl,
        AccessSummary accessSummary) {
}
