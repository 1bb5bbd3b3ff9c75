package dev.appaloft.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageCmd;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.BuildResponseItem;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.appaloft.runtime.docker.internal.DockerFailures;
import dev.appaloft.runtime.docker.internal.LabelFilter;
import dev.appaloft.runtime.docker.internal.ProgressCallback;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds, pulls, checks and removes images. */
public final class DockerImages {
  /** How many output lines a failure keeps. */
  public static final int TAIL_LINES = 30;

  private static final Logger log = LoggerFactory.getLogger(DockerImages.class);

  private final DockerClient client;
  private final DockerHttpClient http;

  DockerImages(DockerClient client, DockerHttpClient http) {
    this.client = client;
    this.http = http;
  }

  /**
   * Builds an image with the engine's classic builder, streaming each output line to {@code output}
   * as it arrives.
   *
   * @return the image id ({@code sha256:...})
   * @throws DockerRuntimeException {@code image_build_failed} with the last output lines in
   *     {@link DockerRuntimeException#outputTail()} and the message
   */
  public String build(ImageBuild request, Consumer<String> output) {
    Path context = request.contextDir();
    Path dockerfile = request.resolvedDockerfile();
    if (!Files.isDirectory(context) || !Files.isRegularFile(dockerfile)) {
      throw new DockerRuntimeException(
          DockerErrorCode.IMAGE_BUILD_FAILED,
          "build of " + request.tag() + " failed: no Dockerfile at " + dockerfile,
          null);
    }
    ProgressCallback<BuildResponseItem> progress = new ProgressCallback<>(output, TAIL_LINES);
    log.info("building image {} from {}", request.tag(), context);
    boolean finished;
    try (BuildImageCmd cmd =
        client
            .buildImageCmd()
            .withBaseDirectory(context.toFile())
            .withDockerfile(dockerfile.toFile())
            .withTags(Set.of(request.tag()))
            .withLabels(request.labels())
            .withNoCache(request.noCache())
            .withPull(false)
            .withRemove(true)
            .withForcerm(true)) {
      cmd.exec(progress);
      finished = progress.await(request.timeout());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      progress.close();
      throw buildFailed(request, "interrupted", progress, true, e);
    } catch (DockerClientException | IllegalArgumentException | IllegalStateException e) {
      // docker-java reads the context and Dockerfile itself and fails before the engine is asked
      throw buildFailed(request, e.getMessage(), progress, false, e);
    } catch (RuntimeException e) {
      DockerRuntimeException translated =
          DockerFailures.translate(e, DockerErrorCode.IMAGE_BUILD_FAILED, "build of " + request.tag());
      if (translated.errorCode() == DockerErrorCode.ENGINE_UNREACHABLE) {
        throw translated;
      }
      throw buildFailed(request, DockerFailures.engineMessage(e), progress, false, e);
    }
    if (!finished) {
      throw buildFailed(request, "timed out after " + request.timeout(), progress, true, null);
    }
    if (progress.error() != null) {
      throw buildFailed(request, progress.error(), progress, false, null);
    }
    if (progress.builtImageId() == null) {
      // without this check a dropped stream would pass off an older image under the same tag
      throw buildFailed(request, "the engine ended the build without reporting success", progress, true, null);
    }
    String id = imageId(request.tag());
    log.info("built image {} ({})", request.tag(), id);
    return id;
  }

  /** Whether the engine holds an image under this reference (name:tag or id). */
  public boolean exists(String imageRef) {
    try {
      client.inspectImageCmd(imageRef).exec();
      return true;
    } catch (NotFoundException e) {
      return false;
    } catch (RuntimeException e) {
      throw DockerFailures.translate(e, DockerErrorCode.OPERATION_FAILED, "inspect image " + imageRef);
    }
  }

  /** The image id of a reference, or {@code image_not_found}. */
  public String imageId(String imageRef) {
    try {
      return client.inspectImageCmd(imageRef).exec().getId();
    } catch (RuntimeException e) {
      throw DockerFailures.translate(e, DockerErrorCode.IMAGE_NOT_FOUND, "inspect image " + imageRef);
    }
  }

  /**
   * Makes an image from a root filesystem tarball, like {@code docker import}: how base images are
   * made without a registry. Sent as a raw request because docker-java 3.7.1's import command
   * JSON-encodes the stream instead of sending it (the engine then answers "unexpected EOF").
   *
   * @param imageRef {@code repository[:tag]}
   * @return the image id
   */
  public String importRootfs(InputStream rootfsTar, String imageRef) {
    ImageRef ref = ImageRef.parse(imageRef);
    String path = "/images/create?fromSrc=-&repo=" + encode(ref.repository())
        + (ref.tag() == null ? "" : "&tag=" + encode(ref.tag()));
    DockerHttpClient.Request request = DockerHttpClient.Request.builder()
        .method(DockerHttpClient.Request.Method.POST)
        .path(path)
        .putHeader("Content-Type", "application/x-tar")
        .body(rootfsTar)
        .build();
    String body;
    int status;
    try (DockerHttpClient.Response response = http.execute(request)) {
      status = response.getStatusCode();
      body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw new DockerRuntimeException(
          DockerErrorCode.ENGINE_UNREACHABLE, "import image " + imageRef + " failed: " + e.getMessage(), e);
    }
    // the engine reports a failure either as a status or as an error item in a 200 stream
    if (status != 200 || body.contains("\"errorDetail\"")) {
      throw new DockerRuntimeException(DockerErrorCode.OPERATION_FAILED,
          "import image " + imageRef + " failed: status " + status + ": " + body.trim(), null);
    }
    log.info("imported image {}", imageRef);
    return imageId(imageRef);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * Ids of the images carrying all the given labels (a null or empty value matches any value).
   */
  public List<String> listIdsByLabels(Map<String, String> labels) {
    List<String> filter = LabelFilter.of(labels);
    try {
      return client.listImagesCmd().withFilter("label", filter).exec().stream()
          .map(Image::getId)
          .distinct()
          .toList();
    } catch (RuntimeException e) {
      throw DockerFailures.translate(e, DockerErrorCode.OPERATION_FAILED, "list images");
    }
  }

  /**
   * References of the images carrying all the given labels: each {@code name:tag} an image has,
   * or its id when it has none (a build that reused a tag leaves the older image untagged).
   */
  public List<String> listReferencesByLabels(Map<String, String> labels) {
    List<String> filter = LabelFilter.of(labels);
    try {
      return client.listImagesCmd().withFilter("label", filter).exec().stream()
          .flatMap(image -> {
            List<String> tags = image.getRepoTags() == null ? List.of()
                : java.util.Arrays.stream(image.getRepoTags()).filter(t -> !t.startsWith("<none>")).toList();
            return tags.isEmpty() ? java.util.stream.Stream.of(image.getId()) : tags.stream();
          })
          .distinct()
          .toList();
    } catch (RuntimeException e) {
      throw DockerFailures.translate(e, DockerErrorCode.OPERATION_FAILED, "list images");
    }
  }

  /** {@link #pull(String, Duration, Consumer)} without progress output. */
  public void pull(String imageRef, Duration timeout) {
    pull(imageRef, timeout, line -> {});
  }

  /**
   * Pulls an image from its registry. Fails with {@code image_pull_failed}: retryable when the
   * registry could not be reached, not retryable when it answered that the image does not exist.
   */
  public void pull(String imageRef, Duration timeout, Consumer<String> output) {
    ImageRef ref = ImageRef.parse(imageRef);
    ProgressCallback<PullResponseItem> progress = new ProgressCallback<>(output, TAIL_LINES);
    log.info("pulling image {}", imageRef);
    boolean finished;
    try {
      var cmd = client.pullImageCmd(ref.repository());
      if (ref.tag() != null) {
        cmd.withTag(ref.tag());
      }
      cmd.exec(progress);
      finished = progress.await(timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      progress.close();
      throw pullFailed(imageRef, "interrupted", progress, e);
    } catch (RuntimeException e) {
      DockerRuntimeException translated =
          DockerFailures.translate(e, DockerErrorCode.IMAGE_PULL_FAILED, "pull of " + imageRef);
      if (translated.errorCode() == DockerErrorCode.ENGINE_UNREACHABLE) {
        throw translated;
      }
      throw pullFailed(imageRef, DockerFailures.engineMessage(e), progress, e);
    }
    if (!finished) {
      throw pullFailed(imageRef, "timed out after " + timeout, progress, null);
    }
    if (progress.error() != null) {
      throw pullFailed(imageRef, progress.error(), progress, null);
    }
    if (!exists(imageRef)) {
      throw pullFailed(imageRef, "the engine reported no error but holds no such image", progress, null);
    }
  }

  /**
   * Removes an image (its tag; the layers go when nothing else uses them).
   *
   * @param force also remove it while stopped containers still use it
   * @return false when there was no such image
   */
  public boolean remove(String imageRef, boolean force) {
    try {
      client.removeImageCmd(imageRef).withForce(force).exec();
      log.info("removed image {}", imageRef);
      return true;
    } catch (NotFoundException e) {
      return false;
    } catch (RuntimeException e) {
      throw DockerFailures.translate(e, DockerErrorCode.OPERATION_FAILED, "remove image " + imageRef);
    }
  }

  private static DockerRuntimeException buildFailed(
      ImageBuild request, String reason, ProgressCallback<?> progress, boolean retryable, Throwable cause) {
    List<String> last = progress.tail();
    return new DockerRuntimeException(
        DockerErrorCode.IMAGE_BUILD_FAILED,
        "build of " + request.tag() + " failed: " + reason + withTail(last),
        retryable,
        last,
        cause);
  }

  private static DockerRuntimeException pullFailed(
      String imageRef, String reason, ProgressCallback<?> progress, Throwable cause) {
    List<String> last = progress.tail();
    String text = reason.toLowerCase(Locale.ROOT);
    // the registry answered "no such image": asking again will not help
    boolean absent =
        text.contains("not found") && !text.contains("no such host")
            || text.contains("manifest unknown")
            || text.contains("pull access denied");
    return new DockerRuntimeException(
        DockerErrorCode.IMAGE_PULL_FAILED,
        "pull of " + imageRef + " failed: " + reason + withTail(last),
        !absent,
        last,
        cause);
  }

  /** The last few lines, indented, for a message; the full tail stays in outputTail(). */
  private static String withTail(List<String> last) {
    if (last.isEmpty()) {
      return "";
    }
    List<String> shown = last.subList(Math.max(0, last.size() - 10), last.size());
    return "\nlast output:\n  " + String.join("\n  ", shown);
  }

  /** Splits {@code repo[:tag][@digest]} the way the pull API wants it. */
  record ImageRef(String repository, String tag) {
    static ImageRef parse(String ref) {
      if (ref.contains("@")) {
        return new ImageRef(ref, null);
      }
      int slash = ref.lastIndexOf('/');
      int colon = ref.lastIndexOf(':');
      if (colon > slash) {
        return new ImageRef(ref.substring(0, colon), ref.substring(colon + 1));
      }
      return new ImageRef(ref, "latest");
    }
  }
}
