package dev.appaloft.api.deployments;

import java.util.List;

public record CountDeploymentsInput(String projectId, String resourceId, Boolean includeArchived, DeploymentStatus status,
                                    List<DeploymentStatus> statuses) {
}
