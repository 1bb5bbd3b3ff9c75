package dev.appaloft.api.deployments;

public record ListDeploymentsInput(String projectId, String resourceId, Boolean includeArchived, Integer limit) {
}
