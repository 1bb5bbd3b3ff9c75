package dev.appaloft.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Network;
import dev.appaloft.runtime.docker.internal.DockerFailures;
import dev.appaloft.runtime.docker.internal.LabelFilter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * User-defined bridge networks. Containers on one reach each other by name and alias through the
 * engine's DNS, which the default bridge does not offer.
 */
public final class DockerNetworks {
  private static final Logger log = LoggerFactory.getLogger(DockerNetworks.class);

  private final DockerClient client;

  DockerNetworks(DockerClient client) {
    this.client = client;
  }

  /** {@link #ensureBridge(String, Map)} without labels. */
  public String ensureBridge(String name) {
    return ensureBridge(name, Map.of());
  }

  /**
   * Creates a bridge network unless one of that name exists. Idempotent, also when two callers race
   * (the engine itself does not refuse duplicate names, so this checks, creates, then re-checks).
   *
   * @param labels stamped on the network when this call creates it
   * @return the network id
   */
  public String ensureBridge(String name, Map<String, String> labels) {
    Optional<String> existing = find(name);
    if (existing.isPresent()) {
      return existing.get();
    }
    try {
      String id = client.createNetworkCmd()
          .withName(name)
          .withDriver("bridge")
          .withCheckDuplicate(true)
          .withLabels(labels)
          .exec()
          .getId();
      log.info("created network {}", name);
      return id;
    } catch (ConflictException e) {
      // created by someone else between our check and our create
      return find(name).orElseThrow(() ->
          DockerFailures.translate(e, DockerErrorCode.OPERATION_FAILED, "create network " + name));
    } catch (RuntimeException e) {
      throw DockerFailures.translate(e, DockerErrorCode.OPERATION_FAILED, "create network " + name);
    }
  }

  /** The id of the network with exactly this name. */
  public Optional<String> find(String name) {
    List<Network> found;
    try {
      // the engine's name filter matches substrings, so keep only the exact name
      found = client.listNetworksCmd().withNameFilter(name).exec();
    } catch (RuntimeException e) {
      throw DockerFailures.translate(e, DockerErrorCode.OPERATION_FAILED, "list networks");
    }
    return found.stream().filter(n -> name.equals(n.getName())).map(Network::getId).findFirst();
  }

  /** Names of the networks carrying all the given labels (a null or empty value matches any). */
  public List<String> namesByLabels(Map<String, String> labels) {
    List<String> filter = LabelFilter.of(labels);
    try {
      return client.listNetworksCmd().withFilter("label", filter).exec().stream()
          .map(Network::getName)
          .toList();
    } catch (RuntimeException e) {
      throw DockerFailures.translate(e, DockerErrorCode.OPERATION_FAILED, "list networks");
    }
  }

  /**
   * Removes a network.
   *
   * @return false when there was no such network
   * @throws DockerRuntimeException {@code network_in_use} while containers are attached
   */
  public boolean remove(String name) {
    try {
      client.removeNetworkCmd(name).exec();
      log.info("removed network {}", name);
      return true;
    } catch (NotFoundException e) {
      return false;
    } catch (RuntimeException e) {
      throw DockerFailures.translate(e, DockerErrorCode.OPERATION_FAILED, "remove network " + name);
    }
  }
}
