package dev.appaloft.runtime.docker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Everything needed to create and start one container. Environment values are secrets as far as
 * this adapter is concerned: {@link #toString()} shows only their names.
 */
public final class ContainerSpec {
  /** Docker's own rule for container names. */
  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");
  /** Loopback by default: the edge proxy on the same host reaches it, the outside world does not. */
  public static final String LOOPBACK = "127.0.0.1";

  /** The engine's restart policies. */
  public enum Restart {
    NO,
    ON_FAILURE,
    UNLESS_STOPPED,
    ALWAYS
  }

  /**
   * A volume bind.
   *
   * @param source an absolute host path, or the name of a Docker volume
   * @param target the absolute path inside the container
   */
  public record Bind(String source, String target, boolean readOnly) {
    public Bind {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
      if (!target.startsWith("/")) {
        throw new IllegalArgumentException("bind target must be an absolute path: " + target);
      }
    }
  }

  private final String name;
  private final String image;
  private final Map<String, String> labels;
  private final Map<String, String> env;
  private final List<String> command;
  private final Integer containerPort;
  private final int hostPort;
  private final String hostIp;
  private final String network;
  private final List<String> aliases;
  private final Restart restart;
  private final String workingDir;
  private final List<Bind> binds;

  private ContainerSpec(Builder b) {
    this.name = b.name;
    this.image = b.image;
    this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(b.labels));
    this.env = Collections.unmodifiableMap(new LinkedHashMap<>(b.env));
    this.command = b.command == null ? null : List.copyOf(b.command);
    this.containerPort = b.containerPort;
    this.hostPort = b.hostPort;
    this.hostIp = b.hostIp;
    this.network = b.network;
    this.aliases = List.copyOf(b.aliases);
    this.restart = b.restart;
    this.workingDir = b.workingDir;
    this.binds = List.copyOf(b.binds);
  }

  public static Builder builder(String name, String image) {
    return new Builder(name, image);
  }

  public String name() {
    return name;
  }

  public String image() {
    return image;
  }

  public Map<String, String> labels() {
    return labels;
  }

  /** Secret values: pass them on, never print them. */
  public Map<String, String> env() {
    return env;
  }

  /** Empty means: run the image's own command. */
  public Optional<List<String>> command() {
    return Optional.ofNullable(command);
  }

  public OptionalInt containerPort() {
    return containerPort == null ? OptionalInt.empty() : OptionalInt.of(containerPort);
  }

  /** 0 lets the engine pick a free port. */
  public int hostPort() {
    return hostPort;
  }

  public String hostIp() {
    return hostIp;
  }

  public Optional<String> network() {
    return Optional.ofNullable(network);
  }

  public List<String> aliases() {
    return aliases;
  }

  public Restart restart() {
    return restart;
  }

  public Optional<String> workingDir() {
    return Optional.ofNullable(workingDir);
  }

  public List<Bind> binds() {
    return binds;
  }

  @Override
  public String toString() {
    return "ContainerSpec[name=" + name + ", image=" + image
        + ", labels=" + labels
        + ", envNames=" + env.keySet()
        + ", command=" + command
        + ", publish=" + (containerPort == null ? "none" : hostIp + ":" + hostPort + "->" + containerPort)
        + ", network=" + network + ", aliases=" + aliases
        + ", restart=" + restart + ", workingDir=" + workingDir + ", binds=" + binds + "]";
  }

  /** Collects and checks the parts of a {@link ContainerSpec}. */
  public static final class Builder {
    private final String name;
    private final String image;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private List<String> command;
    private Integer containerPort;
    private int hostPort;
    private String hostIp = LOOPBACK;
    private String network;
    private final List<String> aliases = new ArrayList<>();
    private Restart restart = Restart.UNLESS_STOPPED;
    private String workingDir;
    private final List<Bind> binds = new ArrayList<>();

    private Builder(String name, String image) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(image, "image");
      if (!NAME.matcher(name).matches() || name.length() > 128) {
        throw new IllegalArgumentException("invalid container name: " + name);
      }
      if (image.isBlank()) {
        throw new IllegalArgumentException("image must not be blank");
      }
      this.name = name;
      this.image = image;
    }

    public Builder label(String key, String value) {
      if (key == null || key.isBlank()) {
        throw new IllegalArgumentException("label key must not be blank");
      }
      labels.put(key, Objects.requireNonNull(value, "label value"));
      return this;
    }

    public Builder labels(Map<String, String> labels) {
      labels.forEach(this::label);
      return this;
    }

    /** Checks the name only; the value is never put in a message. */
    public Builder env(String key, String value) {
      if (key == null || key.isEmpty() || key.indexOf('=') >= 0 || key.indexOf('\0') >= 0) {
        throw new IllegalArgumentException("invalid environment variable name: " + key);
      }
      Objects.requireNonNull(value, "environment value");
      if (value.indexOf('\0') >= 0) {
        throw new IllegalArgumentException("environment value of " + key + " contains a NUL character");
      }
      env.put(key, value);
      return this;
    }

    public Builder env(Map<String, String> env) {
      env.forEach(this::env);
      return this;
    }

    /** Overrides the image's command (its CMD); the entrypoint stays. */
    public Builder command(List<String> command) {
      if (command.isEmpty()) {
        throw new IllegalArgumentException("command must not be empty");
      }
      this.command = List.copyOf(command);
      return this;
    }

    public Builder command(String... command) {
      return command(List.of(command));
    }

    /**
     * Publishes one TCP port on {@link #LOOPBACK}.
     *
     * @param hostPort 0 lets the engine choose; the chosen one comes back in {@link StartedContainer}
     */
    public Builder publish(int containerPort, int hostPort) {
      if (containerPort < 1 || containerPort > 65535 || hostPort < 0 || hostPort > 65535) {
        throw new IllegalArgumentException("invalid port mapping " + hostPort + "->" + containerPort);
      }
      this.containerPort = containerPort;
      this.hostPort = hostPort;
      return this;
    }

    /** The host address to publish on; loopback unless the port must be reachable from outside. */
    public Builder hostIp(String hostIp) {
      this.hostIp = Objects.requireNonNull(hostIp, "hostIp");
      return this;
    }

    /** Attaches the container to a user-defined network, reachable there under these aliases. */
    public Builder network(String network, String... aliases) {
      this.network = Objects.requireNonNull(network, "network");
      this.aliases.clear();
      this.aliases.addAll(List.of(aliases));
      return this;
    }

    public Builder restart(Restart restart) {
      this.restart = Objects.requireNonNull(restart, "restart");
      return this;
    }

    public Builder workingDir(String workingDir) {
      this.workingDir = Objects.requireNonNull(workingDir, "workingDir");
      return this;
    }

    public Builder bind(String source, String target, boolean readOnly) {
      binds.add(new Bind(source, target, readOnly));
      return this;
    }

    public ContainerSpec build() {
      return new ContainerSpec(this);
    }
  }
}
