package dev.appaloft.api.dependencies;

/**
 * A capability the database must offer: a Postgres extension ({@code postgres-extension}) or a
 * Redis module ({@code redis-module}). {@code required} null reads as true.
 */
public record DependencyCapability(String type, String name, Boolean required, String description) {

    public static final String POSTGRES_EXTENSION = "postgres-extension";
    public static final String REDIS_MODULE = "redis-module";

    public static DependencyCapability postgresExtension(String name) {
        return new DependencyCapability(POSTGRES_EXTENSION, name, true, null);
    }
}
