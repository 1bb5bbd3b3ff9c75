package dev.appaloft.api.deployments;

public record ArchivedDeployment(String id, String archivedAt) {
}
