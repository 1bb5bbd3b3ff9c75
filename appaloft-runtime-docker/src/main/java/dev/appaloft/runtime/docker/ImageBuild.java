package dev.appaloft.runtime.docker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What to build: a local context folder, the Dockerfile inside it, the tag to give the result,
 * labels to stamp on it (so cleanup can find it), and how long the build may take.
 *
 * @param contextDir the build context sent to the engine
 * @param dockerfile the Dockerfile, relative to {@code contextDir} (or absolute, inside it)
 * @param tag e.g. {@code appaloft-image-dep_123:latest}
 */
public record ImageBuild(
    Path contextDir, Path dockerfile, String tag, Map<String, String> labels, boolean noCache, Duration timeout) {
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

  public ImageBuild {
    Objects.requireNonNull(contextDir, "contextDir");
    Objects.requireNonNull(dockerfile, "dockerfile");
    Objects.requireNonNull(tag, "tag");
    if (tag.isBlank()) {
      throw new IllegalArgumentException("tag must not be blank");
    }
    labels = Map.copyOf(labels);
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
  }

  /** Builds {@code contextDir/Dockerfile} as {@code tag}, no labels, cache on, 30 minutes. */
  public static ImageBuild of(Path contextDir, String tag) {
    return new ImageBuild(contextDir, Path.of("Dockerfile"), tag, Map.of(), false, DEFAULT_TIMEOUT);
  }

  public ImageBuild withDockerfile(Path dockerfile) {
    return new ImageBuild(contextDir, dockerfile, tag, labels, noCache, timeout);
  }

  public ImageBuild withLabels(Map<String, String> labels) {
    return new ImageBuild(contextDir, dockerfile, tag, labels, noCache, timeout);
  }

  public ImageBuild withNoCache(boolean noCache) {
    return new ImageBuild(contextDir, dockerfile, tag, labels, noCache, timeout);
  }

  public ImageBuild withTimeout(Duration timeout) {
    return new ImageBuild(contextDir, dockerfile, tag, labels, noCache, timeout);
  }

  /** The Dockerfile as an absolute path; fails when it lies outside the context folder. */
  public Path resolvedDockerfile() {
    Path context = contextDir.toAbsolutePath().normalize();
    Path file = context.resolve(dockerfile).normalize();
    if (!file.startsWith(context)) {
      throw new IllegalArgumentException("Dockerfile " + dockerfile + " is outside the build context " + context);
    }
    return file;
  }
}
