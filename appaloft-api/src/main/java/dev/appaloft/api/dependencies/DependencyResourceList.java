package dev.appaloft.api.dependencies;

import java.util.List;

public record DependencyResourceList(String schemaVersion, List<DependencyResourceView> items, String generatedAt) {

    public static final String SCHEMA_VERSION = "dependency-resources.list/v1";

    public DependencyResourceList {
        items = List.copyOf(items);
    }
}
