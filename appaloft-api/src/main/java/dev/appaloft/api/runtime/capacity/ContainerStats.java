package dev.appaloft.api.runtime.capacity;

import java.util.Map;
import java.util.Objects;

/**
 * One reading of a running container: CPU in percent of one core (200 is two cores busy),
 * memory in use and its limit, network and block I/O bytes since it started. Null when the
 * engine did not say.
 */
public record ContainerStats(String containerId, Map<String, String> labels, Double cpuPercent, Long memoryUsedBytes,
                             Long memoryLimitBytes, Long rxBytes, Long txBytes, Long blockReadBytes,
                             Long blockWriteBytes) {

    public ContainerStats {
        Objects.requireNonNull(containerId, "containerId");
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
