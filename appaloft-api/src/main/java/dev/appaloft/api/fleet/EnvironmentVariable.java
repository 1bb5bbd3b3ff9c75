package dev.appaloft.api.fleet;

import java.util.List;

/**
 * A variable a deployment's containers receive; {@code targetResources} limits it to some
 * resources of the stack (all of them when absent).
 */
public record EnvironmentVariable(String name, String value, VariableType type, List<String> targetResources) {

    public EnvironmentVariable {
        targetResources = targetResources == null ? null : List.copyOf(targetResources);
    }

    public static EnvironmentVariable plain(String name, String value) {
        return new EnvironmentVariable(name, value, VariableType.PLAIN, null);
    }

    public static EnvironmentVariable secret(String name, String value) {
        return new EnvironmentVariable(name, value, VariableType.SECRET, null);
    }

    /** Whether the variable goes to {@code resourceId}. */
    public boolean appliesTo(String resourceId) {
        return targetResources == null || targetResources.isEmpty() || targetResources.contains(resourceId);
    }

    @Override
    public String toString() {
        return "EnvironmentVariable[name=" + name + ", value=" + (type == VariableType.SECRET ? "****" : value)
                + ", type=" + type + ", targetResources=" + targetResources + "]";
    }
}
