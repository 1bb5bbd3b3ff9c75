package dev.appaloft.api.dependencies;

public record DependencyBindingShown(String schemaVersion, DependencyBindingView binding, String generatedAt) {

    public static final String SCHEMA_VERSION = "resources.dependency-bindings.show/v1";
}
