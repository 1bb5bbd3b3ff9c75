package dev.appaloft.api.dependencies;

/** {@code resources.dependencyBindings.list}: the resource's bindings, removed ones included. */
public record ListDependencyBindingsInput(String resourceId) {
}
