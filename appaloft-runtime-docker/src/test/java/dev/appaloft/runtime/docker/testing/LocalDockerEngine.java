package dev.appaloft.runtime.docker.testing;

import dev.appaloft.runtime.docker.DockerEngine;
import dev.appaloft.runtime.docker.DockerRuntimeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 helper for tests against the machine's real Docker engine. Register it on a static field:
 *
 * <pre>{@code
 * @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();
 * ... docker.engine().containers().run(ContainerSpec.builder(docker.name("web"), image)
 *         .labels(docker.labels()) ...)
 * }</pre>
 *
 * <p>Before the class it checks that the engine answers on {@value #SOCKET} and fails with a hint
 * ({@code scripts/setup-docker.sh}) when it does not; with {@code -Dappaloft.docker.optional=true}
 * it skips the class instead. After the class it removes every container, network and image that
 * carries its {@link #labels()}, so tests label what they create and need no cleanup of their own.
 */
public final class LocalDockerEngine implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
  public static final String SOCKET = "/var/run/docker.sock";
  /** The label every test resource carries; its value is one run id per extension instance. */
  public static final String TEST_LABEL = "appaloft.test";

  private final String runId = "t" + UUID.randomUUID().toString().substring(0, 8);
  private final AtomicInteger counter = new AtomicInteger();
  private DockerEngine engine;

  /** Whether the local engine answers; never throws. */
  public static boolean available() {
    if (!Files.exists(Path.of(SOCKET))) {
      return false;
    }
    try (DockerEngine probe = DockerEngine.connect()) {
      return probe.answers();
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    String hint = "the Docker engine does not answer at unix://" + SOCKET
        + "; run scripts/setup-docker.sh (installs docker.io, starts dockerd, imports "
        + BaseImages.BUSYBOX + ")";
    if (!available()) {
      if (Boolean.getBoolean("appaloft.docker.optional")) {
        Assumptions.abort(hint);
      }
      throw new IllegalStateException(hint);
    }
    engine = DockerEngine.connect();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (engine != null) {
      try {
        cleanup();
      } finally {
        engine.close();
      }
    }
  }

  /** The connected engine; valid from beforeAll to afterAll. */
  public DockerEngine engine() {
    if (engine == null) {
      throw new IllegalStateException("LocalDockerEngine is not started: register it with @RegisterExtension on a static field");
    }
    return engine;
  }

  /** {@code appaloft.test=<run id>}: put it on everything a test creates. */
  public Map<String, String> labels() {
    return Map.of(TEST_LABEL, runId);
  }

  public String runId() {
    return runId;
  }

  /** A name unique to this run, valid for containers, networks and image repositories. */
  public String name(String prefix) {
    return prefix + "-" + runId + "-" + counter.incrementAndGet();
  }

  /** Removes what carries {@link #labels()}: containers first, then networks, then images. */
  public void cleanup() {
    Map<String, String> mine = labels();
    engine.containers().listByLabels(mine).forEach(c -> engine.containers().remove(c.id()));
    for (String network : engine.networks().namesByLabels(mine)) {
      engine.networks().remove(network);
    }
    List<String> images = engine.images().listIdsByLabels(mine);
    for (String image : images) {
      try {
        engine.images().remove(image, true);
      } catch (DockerRuntimeException e) {
        // an image shared by a child image that went first is already gone or still referenced
        System.err.println("LocalDockerEngine cleanup: " + e.getMessage());
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == DockerEngine.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return engine();
  }
}
