package dev.appaloft.runtime.ssh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.runtime.RuntimeVolume;
import dev.appaloft.api.runtime.RuntimeVolumes;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The named volumes of a server reached over SSH, through its docker CLI: {@code volume create
 * --label}, {@code volume inspect} (JSON, with the creation time), {@code volume ls --filter label=}
 * and {@code volume rm} (never forced: docker refuses a volume a container mounts).
 */
final class SshVolumes implements RuntimeVolumes {

    static final ErrorCode VOLUME_FAILED = new ErrorCode("storage_runtime_failed", 502, true);
    static final ErrorCode VOLUME_IN_USE = new ErrorCode("storage_volume_in_use", 409, false);
    private static final Duration TIMEOUT = Duration.ofMinutes(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RemoteDocker docker;

    SshVolumes(RemoteDocker docker) {
        this.docker = docker;
    }

    @Override
    public void ensure(String name, Map<String, String> labels) {
        if (find(name).isPresent()) {
            return;
        }
        List<String> args = new ArrayList<>(List.of("volume", "create"));
        labels.forEach((k, v) -> args.addAll(List.of("--label", k + "=" + v)));
        args.add(name);
        docker.require(VOLUME_FAILED, "docker volume create", args, RemoteIo.NONE, TIMEOUT);
    }

    @Override
    public Optional<RuntimeVolume> find(String name) {
        ExecResult inspected = docker.run(List.of("volume", "inspect", name), RemoteIo.NONE, TIMEOUT);
        if (!inspected.succeeded()) {
            if ((inspected.stderr() + inspected.stdout()).toLowerCase().contains("no such volume")) {
                return Optional.empty();
            }
            throw RemoteDocker.failure(VOLUME_FAILED, "docker volume inspect", inspected);
        }
        List<RuntimeVolume> volumes = parse(inspected.stdout());
        return volumes.isEmpty() ? Optional.empty() : Optional.of(volumes.get(0));
    }

    @Override
    public List<RuntimeVolume> list(Map<String, String> labels) {
        List<String> args = new ArrayList<>(List.of("volume", "ls", "--quiet"));
        labels.forEach((k, v) -> args.addAll(List.of("--filter", "label=" + k + "=" + v)));
        String names = docker.require(VOLUME_FAILED, "docker volume ls", args, RemoteIo.NONE, TIMEOUT).stdout().strip();
        if (names.isEmpty()) {
            return List.of();
        }
        List<String> inspect = new ArrayList<>(List.of("volume", "inspect"));
        inspect.addAll(List.of(names.split("\\s+")));
        return parse(docker.require(VOLUME_FAILED, "docker volume inspect", inspect, RemoteIo.NONE, TIMEOUT).stdout());
    }

    @Override
    public boolean remove(String name) {
        ExecResult removed = docker.run(List.of("volume", "rm", name), RemoteIo.NONE, TIMEOUT);
        if (removed.succeeded()) {
            return true;
        }
        String said = (removed.stderr() + removed.stdout()).toLowerCase();
        if (said.contains("no such volume")) {
            return false;
        }
        if (said.contains("in use")) {
            throw new AppaloftException(VOLUME_IN_USE, "the server keeps the volume " + name + ": it is in use");
        }
        throw RemoteDocker.failure(VOLUME_FAILED, "docker volume rm", removed);
    }

    private List<RuntimeVolume> parse(String json) {
        JsonNode array;
        try {
            array = JSON.readTree(json);
        } catch (IOException e) {
            throw new AppaloftException(VOLUME_FAILED, "docker volume inspect printed no JSON");
        }
        List<RuntimeVolume> out = new ArrayList<>();
        for (JsonNode volume : array) {
            String name = volume.path("Name").asText();
            Map<String, String> labels = new LinkedHashMap<>();
            volume.path("Labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
            out.add(new RuntimeVolume(name, labels, createdAt(volume.path("CreatedAt").asText(null)), usedBy(name)));
        }
        return out;
    }

    private List<String> usedBy(String name) {
        String ids = docker.require(VOLUME_FAILED, "docker ps", List.of("ps", "--all", "--quiet", "--no-trunc",
                "--filter", "volume=" + name), RemoteIo.NONE, TIMEOUT).stdout().strip();
        return ids.isEmpty() ? List.of() : List.of(ids.split("\\s+"));
    }

    private static Instant createdAt(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
