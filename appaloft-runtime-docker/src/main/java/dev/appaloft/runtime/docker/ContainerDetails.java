package dev.appaloft.runtime.docker;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What inspecting a container tells.
 *
 * @param status the engine's state: created, running, paused, restarting, exited, dead
 * @param exitCode the last exit code (0 while it has never exited)
 * @param health the health check status (starting, healthy, unhealthy) when the image declares one
 * @param networkIps IP address per attached network name
 * @param publishedPorts host port per published container port (TCP)
 */
public record ContainerDetails(
    String id,
    String name,
    String image,
    String imageId,
    String status,
    boolean running,
    int exitCode,
    Optional<String> health,
    int restartCount,
    Map<String, String> labels,
    Map<String, String> networkIps,
    Map<Integer, Integer> publishedPorts) {

  public ContainerDetails {
    labels = Map.copyOf(labels);
    networkIps = Map.copyOf(networkIps);
    publishedPorts = Map.copyOf(publishedPorts);
  }

  /** The container's IP on a network it is attached to. */
  public Optional<String> ipOn(String network) {
    return Optional.ofNullable(networkIps.get(network)).filter(ip -> !ip.isEmpty());
  }

  /** The host port a container port is published on. */
  public OptionalInt hostPort(int containerPort) {
    Integer port = publishedPorts.get(containerPort);
    return port == null ? OptionalInt.empty() : OptionalInt.of(port);
  }
}
