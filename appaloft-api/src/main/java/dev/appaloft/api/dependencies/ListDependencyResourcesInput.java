package dev.appaloft.api.dependencies;

/** {@code dependencyResources.list}: the organization's dependency resources, optionally narrowed. */
public record ListDependencyResourcesInput(String projectId, String environmentId, DependencyKind kind, Integer limit) {

    public static ListDependencyResourcesInput all() {
        return new ListDependencyResourcesInput(null, null, null, null);
    }
}
