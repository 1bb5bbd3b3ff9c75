package dev.appaloft.api.runtime;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A user-defined network an instance joins, made by the runtime when the server has none of that
 * name. Instances on it reach each other by these aliases and their container ports, which stay the
 * same across restarts (a published loopback port does not).
 *
 * @param labels stamped on the network when the runtime creates it
 */
public record NetworkAttachment(String name, List<String> aliases, Map<String, String> labels) {

    public NetworkAttachment {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}")) {
            throw new IllegalArgumentException("a network name is letters, digits, '_', '.' and '-'");
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        for (String alias : aliases) {
            if (!alias.matches("[a-z0-9][a-z0-9-]{0,62}")) {
                throw new IllegalArgumentException("an alias is a DNS label");
            }
        }
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    /** Joins without an alias of its own (an app reaching the databases on the network). */
    public static NetworkAttachment of(String name, Map<String, String> labels) {
        return new NetworkAttachment(name, List.of(), labels);
    }
}
