package dev.appaloft.api.dependencies;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a dependency resource is. Postgres, Redis and MySQL are provisioned; the others answer {@code dependency_kind_unsupported}. */
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
