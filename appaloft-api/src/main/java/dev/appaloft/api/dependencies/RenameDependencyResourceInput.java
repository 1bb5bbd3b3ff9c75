package dev.appaloft.api.dependencies;

/** {@code dependencyResources.rename}: a new name (and slug); the container, its data and credentials stay. */
public record RenameDependencyResourceInput(String dependencyResourceId, String name) {
}
