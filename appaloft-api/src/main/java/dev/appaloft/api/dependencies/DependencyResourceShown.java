package dev.appaloft.api.dependencies;

public record DependencyResourceShown(String schemaVersion, DependencyResourceView dependencyResource,
                                      String generatedAt) {

    public static final String SCHEMA_VERSION = "dependency-resources.show/v1";
}
