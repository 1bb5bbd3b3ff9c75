package dev.appaloft.api.runtime;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The named volumes of one server, for storage volumes: made (labelled) before a deployment mounts
 * them, found again by label, removed by {@code storageVolumes.cleanupRuntime}. Failures are
 * {@code AppaloftException}s as for the rest of {@link DeploymentRuntime}.
 */
public interface RuntimeVolumes {

    /** Makes the volume with these labels unless one of that name exists (which is left as it is). */
    void ensure(String name, Map<String, String> labels);

    /** The volume of that name, if the server has one. */
    Optional<RuntimeVolume> find(String name);

    /** The volumes carrying all of these labels. */
    List<RuntimeVolume> list(Map<String, String> labels);

    /**
     * Removes the volume and its data; false when it was already gone. A volume a container still
     * mounts is refused by the server (an exception), never forced.
     */
    boolean remove(String name);
}
