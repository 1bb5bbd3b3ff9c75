package dev.appaloft.core.deployments;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.runtime.RuntimeVolume;
import dev.appaloft.api.runtime.RuntimeVolumes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The named volumes of a fake machine: kept in a map; a volume some instance mounts refuses removal, as Docker's does. */
public final class FakeVolumes implements RuntimeVolumes {

    public final Map<String, RuntimeVolume> volumes = new ConcurrentHashMap<>();
    /** Volume name to the instances that mount it (the fake runtime fills it). */
    public final Map<String, List<String>> users = new ConcurrentHashMap<>();
    public volatile Instant now = Instant.now();

    @Override
    public void ensure(String name, Map<String, String> labels) {
        volumes.putIfAbsent(name, new RuntimeVolume(name, labels, now, List.of()));
    }

    @Override
    public Optional<RuntimeVolume> find(String name) {
        return Optional.ofNullable(volumes.get(name)).map(this::withUsers);
    }

    @Override
    public List<RuntimeVolume> list(Map<String, String> labels) {
        return volumes.values().stream().filter(v -> v.labels().entrySet().containsAll(labels.entrySet()))
                .map(this::withUsers).toList();
    }

    @Override
    public boolean remove(String name) {
        if (!users.getOrDefault(name, List.of()).isEmpty()) {
            throw new AppaloftException(new ErrorCode("storage_volume_in_use", 409, false), name + " is in use");
        }
        return volumes.remove(name) != null;
    }

    /** A volume made outside Appaloft (or by another tool) at {@code createdAt}. */
    public void put(String name, Map<String, String> labels, Instant createdAt) {
        volumes.put(name, new RuntimeVolume(name, labels, createdAt, List.of()));
    }

    private RuntimeVolume withUsers(RuntimeVolume v) {
        return new RuntimeVolume(v.name(), v.labels(), v.createdAt(), users.getOrDefault(v.name(), List.of()));
    }
}
