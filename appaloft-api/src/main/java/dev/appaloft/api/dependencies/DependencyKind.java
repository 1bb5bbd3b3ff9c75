package dev.appaloft.api.dependencies;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a dependency resource is. Only {@link #POSTGRES} is provisioned so far; the others answer {@code dependency_kind_unsupported}. */
public enum DependencyKind {
    POSTGRES("postgres"),
    REDIS("redis"),
    MYSQL("mysql"),
    CLICKHOUSE("clickhouse"),
    OBJECT_STORAGE("object-storage"),
    OPENSEARCH("opensearch");

    private final String wire;

    DependencyKind(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }
}
