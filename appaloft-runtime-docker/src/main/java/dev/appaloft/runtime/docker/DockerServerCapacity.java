package dev.appaloft.runtime.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerMount;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.runtime.capacity.CapacityProblem;
import dev.appaloft.api.runtime.capacity.EngineUsage;
import dev.appaloft.api.runtime.capacity.HostCapacity;
import dev.appaloft.api.runtime.capacity.HostFacts;
import dev.appaloft.api.runtime.capacity.HostFactsScript;
import dev.appaloft.api.runtime.capacity.ManagedContainer;
import dev.appaloft.api.runtime.capacity.ManagedImage;
import dev.appaloft.api.runtime.capacity.Removal;
import dev.appaloft.api.runtime.capacity.ServerCapacity;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The capacity of this host's Docker engine. The engine's usage comes from its API in exact bytes
 * ({@code GET /system/df}), containers and images from docker-java; disk, inodes, memory and CPU
 * from the shared read-only {@link HostFactsScript} run on this host, which is only the engine's
 * host when the engine listens on a local socket (otherwise those parts are reported missing).
 */
public final class DockerServerCapacity implements ServerCapacity {

  private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int STATS_THREADS = 8;
  private static final Duration STATS_TIMEOUT = Duration.ofSeconds(10);
  private static final ErrorCode DOCKER_UNAVAILABLE = new ErrorCode("docker_engine_unreachable", 502, true);

  private final DockerEngine engine;

  public DockerServerCapacity(DockerEngine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  private boolean onThisHost() {
    return engine.host().startsWith("unix://");
  }

  @Override
  public HostCapacity inspect() {
    List<CapacityProblem> problems = new ArrayList<>();
    EngineUsage usage = engineUsage(problems);
    List<String> paths = new ArrayList<>(List.of("/"));
    if (usage != null && usage.rootDirectory() != null) {
      paths.add(usage.rootDirectory());
    }
    HostCapacity host;
    if (onThisHost()) {
      host = HostFacts.read(LocalShell.run(HostFactsScript.render(paths, false), SCRIPT_TIMEOUT), usage, true);
    } else {
      host = HostFacts.read("@@section end\n", usage, false);
      problems.add(new CapacityProblem(CapacityProblem.Kind.PARTIAL_DIAGNOSTIC, CapacityProblem.Area.DISK,
          "the Docker engine at " + engine.host() + " is not on this host: its disk, memory and CPU are not read"));
      host = new HostCapacity(List.of(), List.of(), host.memory(), host.cpu(), usage, List.of(), false);
    }
    List<CapacityProblem> all = new ArrayList<>(host.problems());
    all.addAll(problems);
    return new HostCapacity(host.disks(), host.inodes(), host.memory(), host.cpu(), usage, all,
        host.controlPlaneHost());
  }

  private EngineUsage engineUsage(List<CapacityProblem> problems) {
    DockerClient client = engine.client();
    String version;
    String root;
    try {
      version = engine.version();
      root = client.infoCmd().exec().getDockerRootDir();
    } catch (RuntimeException e) {
      problems.add(new CapacityProblem(CapacityProblem.Kind.DOCKER_UNAVAILABLE, CapacityProblem.Area.DOCKER,
          "the Docker engine at " + engine.host() + " does not answer"));
      return null;
    }
    DockerSystemDf df;
    try {
      df = systemDf();
    } catch (IOException | RuntimeException e) {
      problems.add(new CapacityProblem(CapacityProblem.Kind.PARTIAL_DIAGNOSTIC, CapacityProblem.Area.DOCKER,
          "the Docker engine did not report its disk usage; Docker sizes are reported as 0"));
      df = new DockerSystemDf(0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
    return new EngineUsage(version, root, df.imagesBytes(), df.reclaimableImagesBytes(), df.buildCacheBytes(),
        df.reclaimableBuildCacheBytes(), df.containersBytes(), df.volumesBytes(), df.imageCount(),
        df.containerCount(), df.volumeCount());
  }

  private DockerSystemDf systemDf() throws IOException {
    DockerHttpClient.Request request = DockerHttpClient.Request.builder()
        .method(DockerHttpClient.Request.Method.GET).path("/system/df").build();
    try (DockerHttpClient.Response response = engine.http().execute(request);
        InputStream body = response.getBody()) {
      if (response.getStatusCode() != 200) {
        throw new IOException("status " + response.getStatusCode());
      }
      JsonNode df = JSON.readTree(body);
      return DockerSystemDf.of(df);
    }
  }

  @Override
  public List<ManagedContainer> containers(String labelKey) {
    List<Container> found;
    try {
      found = engine.client().listContainersCmd().withShowAll(true).withShowSize(true)
          .withLabelFilter(List.of(labelKey)).exec();
    } catch (RuntimeException e) {
      throw unavailable("list containers", e);
    }
    List<ManagedContainer> out = new ArrayList<>();
    for (Container c : found) {
      boolean running = "running".equalsIgnoreCase(c.getState()) || "restarting".equalsIgnoreCase(c.getState());
      Instant finished = running ? null : finishedAt(c.getId());
      List<String> volumes = new ArrayList<>();
      if (c.getMounts() != null) {
        for (ContainerMount m : c.getMounts()) {
          if (m.getName() != null && !m.getName().isBlank()) { // only a volume has a name; a bind mount has none
            volumes.add(m.getName());
          }
        }
      }
      String name = c.getNames() == null || c.getNames().length == 0 ? "" : c.getNames()[0].replaceFirst("^/", "");
      out.add(new ManagedContainer(c.getId(), name, c.getLabels() == null ? Map.of() : c.getLabels(), running,
          c.getState(), c.getStatus(), c.getImage(), c.getCreated() == null ? null : Instant.ofEpochSecond(c.getCreated()),
          // sizes were asked for: the engine leaves a zero out of its answer
          finished, c.getSizeRw() == null ? 0L : c.getSizeRw(), volumes));
    }
    return out;
  }

  // docker reports a container that never ran as finished at the year 1
  private Instant finishedAt(String id) {
    try {
      InspectContainerResponse inspected = engine.client().inspectContainerCmd(id).exec();
      String at = inspected.getState() == null ? null : inspected.getState().getFinishedAt();
      Instant finished = at == null ? null : Instant.parse(at);
      return finished == null || finished.isBefore(Instant.EPOCH) ? null : finished;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * One reading per running labelled container, read side by side: the engine takes about a
   * second per container to measure its CPU between two readings. A container that stopped
   * meanwhile is left out.
   */
  @Override
  public Optional<List<dev.appaloft.api.runtime.capacity.ContainerStats>> containerStats(String labelKey,
      java.util.function.Predicate<Map<String, String>> wanted) {
    List<Container> running;
    try {
      running = engine.client().listContainersCmd().withLabelFilter(List.of(labelKey)).exec().stream()
          .filter(c -> wanted.test(c.getLabels() == null ? Map.of() : c.getLabels())).toList();
    } catch (RuntimeException e) {
      throw unavailable("list containers", e);
    }
    if (running.isEmpty()) {
      return Optional.of(List.of());
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
        Math.min(STATS_THREADS, running.size()), r -> {
          Thread t = new Thread(r, "appaloft-docker-stats");
          t.setDaemon(true);
          return t;
        });
    try {
      List<java.util.concurrent.Future<dev.appaloft.api.runtime.capacity.ContainerStats>> readings = new ArrayList<>();
      for (Container c : running) {
        readings.add(pool.submit(() -> stats(c)));
      }
      List<dev.appaloft.api.runtime.capacity.ContainerStats> out = new ArrayList<>();
      for (var f : readings) {
        try {
          dev.appaloft.api.runtime.capacity.ContainerStats one = f.get(STATS_TIMEOUT.toSeconds(),
              java.util.concurrent.TimeUnit.SECONDS);
          if (one != null) {
            out.add(one);
          }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
          // one container that does not answer leaves the others' readings
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      return Optional.of(out);
    } finally {
      pool.shutdownNow();
    }
  }

  private dev.appaloft.api.runtime.capacity.ContainerStats stats(Container c) throws IOException {
    DockerHttpClient.Request request = DockerHttpClient.Request.builder()
        .method(DockerHttpClient.Request.Method.GET).path("/containers/" + c.getId() + "/stats?stream=false").build();
    try (DockerHttpClient.Response response = engine.http().execute(request);
        InputStream body = response.getBody()) {
      if (response.getStatusCode() != 200) {
        return null; // gone meanwhile
      }
      return DockerContainerStats.parse(c.getId(), c.getLabels(), JSON.readTree(body));
    }
  }

  @Override
  public List<ManagedImage> danglingImages(String labelKey) {
    List<Image> found;
    try {
      found = engine.client().listImagesCmd().withDanglingFilter(true).withLabelFilter(labelKey).exec();
    } catch (RuntimeException e) {
      throw unavailable("list images", e);
    }
    List<ManagedImage> out = new ArrayList<>();
    for (Image image : found) {
      out.add(new ManagedImage(image.getId(), image.getLabels(), image.getCreated() == null ? null
          : Instant.ofEpochSecond(image.getCreated()), image.getSize() == null ? 0 : image.getSize()));
    }
    return out;
  }

  @Override
  public Removal removeStoppedContainer(String containerId) {
    return removal("remove container", () -> {
      InspectContainerResponse inspected = engine.client().inspectContainerCmd(containerId).exec();
      if (inspected.getState() != null && Boolean.TRUE.equals(inspected.getState().getRunning())) {
        return Removal.refused("the container is running");
      }
      // no force: the engine itself refuses a container that started meanwhile; volumes stay
      engine.client().removeContainerCmd(containerId).withForce(false).withRemoveVolumes(false).exec();
      return Removal.removed();
    });
  }

  @Override
  public Removal removeUnusedImage(String imageId) {
    return removal("remove image", () -> {
      engine.client().removeImageCmd(imageId).withForce(false).exec();
      return Removal.removed();
    });
  }

  /** A removal the engine may find already done (404) or refuse (409, e.g. an image still in use). */
  private Removal removal(String what, java.util.function.Supplier<Removal> remove) {
    try {
      return remove.get();
    } catch (NotFoundException e) {
      return Removal.alreadyGone();
    } catch (ConflictException e) {
      return Removal.refused(engineMessage(e));
    } catch (RuntimeException e) {
      throw unavailable(what, e);
    }
  }

  private static String engineMessage(RuntimeException e) {
    return Optional.ofNullable(dev.appaloft.runtime.docker.internal.DockerFailures.engineMessage(e)).orElse("refused");
  }

  private AppaloftException unavailable(String what, RuntimeException e) {
    return new AppaloftException(DOCKER_UNAVAILABLE, what + " failed on the Docker engine at " + engine.host() + ": "
        + engineMessage(e));
  }
}
