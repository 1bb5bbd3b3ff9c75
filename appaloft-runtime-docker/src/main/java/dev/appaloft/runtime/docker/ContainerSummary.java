package dev.appaloft.runtime.docker;

import java.util.Map;

/**
 * One row of a container listing.
 *
 * @param state the engine's state: created, running, exited, ...
 * @param status the engine's human text, e.g. "Exited (0) 3 seconds ago"
 */
public record ContainerSummary(
    String id, String name, String image, String state, String status, Map<String, String> labels) {
  public ContainerSummary {
    labels = Map.copyOf(labels);
  }

  public boolean running() {
    return "running".equals(state);
  }
}
