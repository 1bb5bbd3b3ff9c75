package dev.appaloft.runtime.docker;

/**
 * Stable machine codes of {@link DockerRuntimeException}. The deployment engine maps them onto its
 * own failure codes, so the strings never change once published.
 */
public enum DockerErrorCode {
  /** The engine did not answer (socket missing, daemon down, connection dropped). */
  ENGINE_UNREACHABLE("engine_unreachable", true),
  IMAGE_NOT_FOUND("image_not_found", false),
  IMAGE_BUILD_FAILED("image_build_failed", false),
  /** Usually a registry that cannot be reached; retrying may help once the network is back. */
  IMAGE_PULL_FAILED("image_pull_failed", true),
  /** An image that a container still uses cannot be removed without force. */
  IMAGE_IN_USE("image_in_use", false),
  CONTAINER_NOT_FOUND("container_not_found", false),
  CONTAINER_NAME_CONFLICT("container_name_conflict", false),
  CONTAINER_NOT_RUNNING("container_not_running", false),
  CONTAINER_START_FAILED("container_start_failed", false),
  /** The requested host port is taken; the same request fails again until it is freed. */
  PORT_IN_USE("port_in_use", false),
  NETWORK_NOT_FOUND("network_not_found", false),
  /** A network that still has containers attached cannot be removed. */
  NETWORK_IN_USE("network_in_use", false),
  EXEC_FAILED("exec_failed", false),
  /** Anything the engine refused that has no more precise code. */
  OPERATION_FAILED("docker_operation_failed", false);

  private final String code;
  private final boolean retryableByDefault;

  DockerErrorCode(String code, boolean retryableByDefault) {
    this.code = code;
    this.retryableByDefault = retryableByDefault;
  }

  /** The wire form, e.g. {@code image_build_failed}. */
  public String code() {
    return code;
  }

  public boolean retryableByDefault() {
    return retryableByDefault;
  }
}
