package dev.appaloft.api.dependencies;

public record ShowDependencyResourceInput(String dependencyResourceId) {
}
