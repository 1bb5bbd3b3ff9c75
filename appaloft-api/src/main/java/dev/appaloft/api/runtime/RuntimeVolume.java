package dev.appaloft.api.runtime;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A named volume as the server holds it.
 *
 * @param createdAt when the server made it, or null when it does not say
 * @param usedBy the containers (running or not) that mount it now
 */
public record RuntimeVolume(String name, Map<String, String> labels, Instant createdAt, List<String> usedBy) {

    public RuntimeVolume {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        usedBy = usedBy == null ? List.of() : List.copyOf(usedBy);
    }
}
