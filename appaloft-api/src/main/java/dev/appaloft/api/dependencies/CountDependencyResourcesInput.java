package dev.appaloft.api.dependencies;

public record CountDependencyResourcesInput(String projectId, String environmentId, DependencyKind kind) {
}
