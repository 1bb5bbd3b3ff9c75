package dev.appaloft.api.dependencies;

/**
 * {@code dependencyResources.delete}: refused while a resource is bound to it or its backup
 * relationship requires retention; otherwise its container and data volume are removed from the
 * server and the record stays as a tombstone.
 */
public record DeleteDependencyResourceInput(String dependencyResourceId) {
}
