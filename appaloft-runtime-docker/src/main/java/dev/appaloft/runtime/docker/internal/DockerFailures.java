package dev.appaloft.runtime.docker.internal;

import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.appaloft.runtime.docker.DockerErrorCode;
import dev.appaloft.runtime.docker.DockerRuntimeException;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates what docker-java throws into {@link DockerRuntimeException}. The engine reports most
 * failures as an HTTP status plus a free-text message, so the precise codes come from matching the
 * engine's (long-stable) wording; anything unmatched keeps the caller's fallback code.
 */
public final class DockerFailures {
  private static final Pattern JSON_MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  private DockerFailures() {}

  public static DockerRuntimeException translate(
      RuntimeException failure, DockerErrorCode fallback, String action) {
    return translate(failure, fallback, action, Redactor.NONE);
  }

  /**
   * @param action what was attempted, e.g. {@code "start container web-1"}; becomes the message
   *     prefix
   * @param redactor scrubs secret values from the engine's text
   */
  public static DockerRuntimeException translate(
      RuntimeException failure, DockerErrorCode fallback, String action, Redactor redactor) {
    if (failure instanceof DockerRuntimeException known) {
      return known;
    }
    String detail = redactor.apply(engineMessage(failure));
    DockerErrorCode code = classify(failure, detail, fallback);
    String message = action + " failed: " + detail;
    // a redacted message must not smuggle the secret out through the cause chain
    Throwable cause = redactor == Redactor.NONE ? failure : null;
    return new DockerRuntimeException(code, message, cause);
  }

  static DockerErrorCode classify(RuntimeException failure, String detail, DockerErrorCode fallback) {
    String text = detail.toLowerCase(Locale.ROOT);
    if (text.contains("port is already allocated") || text.contains("address already in use")) {
      return DockerErrorCode.PORT_IN_USE;
    }
    // an engine in swarm mode asks the cluster for the network and answers 500 with the cluster's NotFound
    if (text.contains("could not attach to network") && text.contains("not found")) {
      return DockerErrorCode.NETWORK_NOT_FOUND;
    }
    if (failure instanceof NotFoundException || text.startsWith("no such ")) {
      if (text.contains("no such image") || text.contains("pull access denied")) {
        return fallback == DockerErrorCode.IMAGE_PULL_FAILED ? fallback : DockerErrorCode.IMAGE_NOT_FOUND;
      }
      if (text.contains("no such container")) {
        return DockerErrorCode.CONTAINER_NOT_FOUND;
      }
      if (text.contains("network") && text.contains("not found")) {
        return DockerErrorCode.NETWORK_NOT_FOUND;
      }
      return fallback;
    }
    if (failure instanceof ConflictException || failure instanceof DockerException) {
      if (text.contains("is already in use by container")) {
        return DockerErrorCode.CONTAINER_NAME_CONFLICT;
      }
      if (text.contains("is not running")) {
        return DockerErrorCode.CONTAINER_NOT_RUNNING;
      }
      if (text.contains("image is being used") || text.contains("image is referenced")) {
        return DockerErrorCode.IMAGE_IN_USE;
      }
      if (text.contains("has active endpoints")) {
        return DockerErrorCode.NETWORK_IN_USE;
      }
      return fallback;
    }
    if (!(failure instanceof DockerClientException) && hasIoCause(failure)) {
      return DockerErrorCode.ENGINE_UNREACHABLE;
    }
    return fallback;
  }

  /** The engine's own sentence when there is one (its JSON "message"), else the exception text. */
  public static String engineMessage(Throwable failure) {
    String raw = failure.getMessage();
    if (raw == null || raw.isBlank()) {
      Throwable root = rootCause(failure);
      raw = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
    Matcher json = JSON_MESSAGE.matcher(raw);
    if (json.find()) {
      return json.group(1).replace("\\\"", "\"").replace("\\n", " ").trim();
    }
    return raw.replaceFirst("^Status \\d+: ", "").trim();
  }

  private static boolean hasIoCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable t = failure;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
