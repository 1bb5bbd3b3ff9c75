package dev.appaloft.api.dependencies;

import java.util.List;

public record DependencyBindingList(String schemaVersion, List<DependencyBindingView> items, String generatedAt) {

    public static final String SCHEMA_VERSION = "resources.dependency-bindings.list/v1";

    public DependencyBindingList {
        items = List.copyOf(items);
    }
}
