package dev.appaloft.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DefaultDockerCmdExecFactory;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import dev.appaloft.runtime.docker.internal.DockerFailures;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection to one Docker engine and the entry point of this adapter: images, containers, logs
 * and networks all go through the same client. Thread-safe; close it when done.
 */
public final class DockerEngine implements AutoCloseable {
  /** Where a local engine listens unless told otherwise. */
  public static final String DEFAULT_HOST = "unix:///var/run/docker.sock";

  private static final Logger log = LoggerFactory.getLogger(DockerEngine.class);
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  private final String host;
  private final DockerClient client;
  private final DockerImages images;
  private final DockerContainers containers;
  private final DockerLogs logs;
  private final DockerNetworks networks;
  private final DockerHttpClient http;

  private DockerEngine(
      String host, DockerClient client, DockerHttpClient http, DefaultDockerCmdExecFactory commands) {
    this.host = host;
    this.client = client;
    this.images = new DockerImages(client, http);
    this.containers = new DockerContainers(client, commands);
    this.logs = new DockerLogs(client);
    this.networks = new DockerNetworks(client);
    this.http = http;
  }

  /** The local engine at {@link #DEFAULT_HOST}. */
  public static DockerEngine connect() {
    return connect(DEFAULT_HOST);
  }

  /** The engine named by the {@code DOCKER_HOST} environment variable, else the local one. */
  public static DockerEngine fromEnvironment() {
    String host = System.getenv("DOCKER_HOST");
    return connect(host == null || host.isBlank() ? DEFAULT_HOST : host);
  }

  /**
   * An engine at a Docker host URI ({@code unix:///path} or {@code tcp://host:port}). TLS settings
   * ({@code DOCKER_TLS_VERIFY}, {@code DOCKER_CERT_PATH}) are read the way the docker CLI reads them.
   * Connecting is lazy: call {@link #ping()} to find out whether the engine answers.
   */
  public static DockerEngine connect(String dockerHost) {
    Objects.requireNonNull(dockerHost, "dockerHost");
    DockerClientConfig config =
        DefaultDockerClientConfig.createDefaultConfigBuilder().withDockerHost(dockerHost).build();
    // No response timeout: log follows and builds stay quiet for long stretches by design.
    DockerHttpClient http =
        new ZerodepDockerHttpClient.Builder()
            .dockerHost(config.getDockerHost())
            .sslConfig(config.getSSLConfig())
            .connectionTimeout(CONNECT_TIMEOUT)
            .build();
    DockerClient client = DockerClientImpl.getInstance(config, http);
    // A second command factory over the same HTTP client lets DockerContainers build a create
    // command whose toString() hides environment values (docker-java logs commands at DEBUG).
    DefaultDockerCmdExecFactory commands =
        new DefaultDockerCmdExecFactory(http, config.getObjectMapper());
    commands.init(config);
    return new DockerEngine(dockerHost, client, http, commands);
  }

  /** The Docker host URI this engine was connected with. */
  public String host() {
    return host;
  }

  /** Fails with {@code engine_unreachable} unless the engine answers. */
  public void ping() {
    try {
      client.pingCmd().exec();
    } catch (RuntimeException e) {
      throw unreachable(e);
    }
  }

  /** Whether the engine answers a ping; never throws. */
  public boolean answers() {
    try {
      ping();
      return true;
    } catch (DockerRuntimeException e) {
      log.debug("Docker engine at {} does not answer: {}", host, e.getMessage());
      return false;
    }
  }

  /** The engine's version string, e.g. {@code 20.10.24}. */
  public String version() {
    try {
      return client.versionCmd().exec().getVersion();
    } catch (RuntimeException e) {
      throw unreachable(e);
    }
  }

  public DockerImages images() {
    return images;
  }

  public DockerContainers containers() {
    return containers;
  }

  public DockerLogs logs() {
    return logs;
  }

  public DockerNetworks networks() {
    return networks;
  }

  /** The raw client, for the capacity reading and the Swarm services of {@code docker.swarm}. */
  public DockerClient client() {
    return client;
  }

  /** The raw HTTP transport, for API calls docker-java has no command for (this package only). */
  DockerHttpClient http() {
    return http;
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (IOException e) {
      log.debug("closing the Docker client failed", e);
    }
  }

  private DockerRuntimeException unreachable(RuntimeException e) {
    return DockerFailures.translate(e, DockerErrorCode.ENGINE_UNREACHABLE, "reach Docker engine at " + host);
  }
}
