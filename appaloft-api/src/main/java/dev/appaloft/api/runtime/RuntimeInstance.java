package dev.appaloft.api.runtime;

import java.util.Map;

/** A running (or stopped) instance the runtime created; {@code hostPort} is null when nothing is published. */
public record RuntimeInstance(String id, String name, Integer hostPort, boolean running, Map<String, String> labels) {

    public RuntimeInstance {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
