package dev.appaloft.core.dependencies;

import dev.appaloft.api.dependencies.DependencyKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * The image each kind of managed database runs: the official ones unless the embedding
 * application (or {@code serve --dependency-image KIND=IMAGE}) names another.
 */
public final class DependencyImages {

    public static final Map<DependencyKind, String> DEFAULTS = Map.of(
            DependencyKind.POSTGRES, "postgres:16-alpine",
            DependencyKind.REDIS, "redis:7-alpine",
            DependencyKind.MYSQL, "mysql:8.4");

    private final Map<DependencyKind, String> images = new EnumMap<>(DependencyKind.class);

    public DependencyImages(Map<DependencyKind, String> overrides) {
        images.putAll(DEFAULTS);
        images.putAll(overrides);
    }

    String of(DependencyKind kind) {
        return images.get(kind);
    }
}
