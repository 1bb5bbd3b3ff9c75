package dev.appaloft.runtime.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.runtime.RuntimeVolume;
import dev.appaloft.api.runtime.RuntimeVolumes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The named volumes of this engine. Reads go to the engine's API directly (docker-java's volume
 * model has no creation time, which the storage cleanup's cutoff needs); a volume in use is never
 * removed by force.
 */
final class DockerVolumes implements RuntimeVolumes {

  static final ErrorCode VOLUME_FAILED = new ErrorCode("storage_runtime_failed", 502, true);
  static final ErrorCode VOLUME_IN_USE = new ErrorCode("storage_volume_in_use", 409, false);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DockerEngine engine;

  DockerVolumes(DockerEngine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  @Override
  public void ensure(String name, Map<String, String> labels) {
    if (find(name).isPresent()) {
      return;
    }
    try {
      engine.client().createVolumeCmd().withName(name).withLabels(labels).exec();
    } catch (RuntimeException e) {
      throw failed("create the volume " + name, e);
    }
  }

  @Override
  public Optional<RuntimeVolume> find(String name) {
    try {
      JsonNode volume = get("/volumes/" + URLEncoder.encode(name, StandardCharsets.UTF_8));
      return volume == null ? Optional.empty() : Optional.of(volume(volume));
    } catch (IOException | RuntimeException e) {
      throw failed("inspect the volume " + name, e);
    }
  }

  @Override
  public List<RuntimeVolume> list(Map<String, String> labels) {
    List<String> filter = labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    try {
      String filters = JSON.writeValueAsString(Map.of("label", filter));
      JsonNode answer = get("/volumes?filters=" + URLEncoder.encode(filters, StandardCharsets.UTF_8));
      List<RuntimeVolume> out = new ArrayList<>();
      if (answer != null) {
        for (JsonNode volume : answer.path("Volumes")) {
          out.add(volume(volume));
        }
      }
      return out;
    } catch (IOException | RuntimeException e) {
      throw failed("list volumes", e);
    }
  }

  @Override
  public boolean remove(String name) {
    try {
      engine.client().removeVolumeCmd(name).exec();
      return true;
    } catch (NotFoundException e) {
      return false;
    } catch (ConflictException e) {
      throw new AppaloftException(VOLUME_IN_USE, "the engine keeps the volume " + name + ": it is in use");
    } catch (RuntimeException e) {
      throw failed("remove the volume " + name, e);
    }
  }

  private RuntimeVolume volume(JsonNode volume) {
    String name = volume.path("Name").asText();
    Map<String, String> labels = new LinkedHashMap<>();
    volume.path("Labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
    return new RuntimeVolume(name, labels, createdAt(volume.path("CreatedAt").asText(null)), usedBy(name));
  }

  private List<String> usedBy(String name) {
    List<Container> users = engine.client().listContainersCmd().withShowAll(true)
        .withVolumeFilter(List.of(name)).exec();
    return users.stream().map(Container::getId).toList();
  }

  static Instant createdAt(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The JSON answer of a GET, or null for a 404. */
  private JsonNode get(String path) throws IOException {
    DockerHttpClient.Request request = DockerHttpClient.Request.builder()
        .method(DockerHttpClient.Request.Method.GET).path(path).build();
    try (DockerHttpClient.Response response = engine.http().execute(request);
        InputStream body = response.getBody()) {
      if (response.getStatusCode() == 404) {
        return null;
      }
      if (response.getStatusCode() != 200) {
        throw new IOException("status " + response.getStatusCode());
      }
      return JSON.readTree(body);
    }
  }

  private static AppaloftException failed(String what, Exception e) {
    return new AppaloftException(VOLUME_FAILED, "could not " + what + " on the Docker engine: " + e.getMessage());
  }
}
