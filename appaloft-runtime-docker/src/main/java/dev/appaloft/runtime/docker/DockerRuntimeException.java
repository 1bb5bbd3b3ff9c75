package dev.appaloft.runtime.docker;

import java.util.List;
import java.util.Objects;

/**
 * The one exception this adapter throws for engine failures. Messages name images, containers and
 * networks but never carry environment values (the adapter redacts them before building one).
 */
public final class DockerRuntimeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final DockerErrorCode errorCode;
  private final boolean retryable;
  private final List<String> outputTail;

  public DockerRuntimeException(DockerErrorCode errorCode, String message, Throwable cause) {
    this(errorCode, message, errorCode.retryableByDefault(), List.of(), cause);
  }

  public DockerRuntimeException(
      DockerErrorCode errorCode,
      String message,
      boolean retryable,
      List<String> outputTail,
      Throwable cause) {
    super(message, cause);
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    this.retryable = retryable;
    this.outputTail = List.copyOf(outputTail);
  }

  /** The stable machine code, e.g. {@code port_in_use}. */
  public String code() {
    return errorCode.code();
  }

  public DockerErrorCode errorCode() {
    return errorCode;
  }

  /** Whether the same call may succeed later without changing the request. */
  public boolean retryable() {
    return retryable;
  }

  /** The last output lines of the failed operation (build output), oldest first; often empty. */
  public List<String> outputTail() {
    return outputTail;
  }
}
