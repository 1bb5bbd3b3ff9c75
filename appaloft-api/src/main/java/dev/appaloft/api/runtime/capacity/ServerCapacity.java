package dev.appaloft.api.runtime.capacity;

import java.util.List;

/**
 * What a server's runtime can say about its capacity, and the only removals a prune may make.
 * Reads never change the server. Removals are deliberately narrow: a container only while it is
 * stopped (its volumes stay), an image only while no container uses it (never forced). Which
 * containers and images are Appaloft's to remove is the engine's decision, not the runtime's: it
 * lists what carries a label and removes what it is asked to.
 */
public interface ServerCapacity {

    /** Disk and inodes, memory, CPU and the container engine; what could not be read is a problem, not an error. */
    HostCapacity inspect();

    /** Containers in any state that carry the label {@code labelKey} (whatever its value). */
    List<ManagedContainer> containers(String labelKey);

    /** Untagged ("dangling") images that carry the label {@code labelKey}. */
    List<ManagedImage> danglingImages(String labelKey);

    /** Removes a stopped container, keeping its volumes; a running one is refused. */
    Removal removeStoppedContainer(String containerId);

    /** Removes an image by id unless a container (running or not) still uses it; never forced. */
    Removal removeUnusedImage(String imageId);

    /**
     * A one-shot usage reading of every running container that carries the label {@code labelKey};
     * empty when this runtime cannot read container usage (monitoring then reports it as partial).
     */
    default java.util.Optional<List<ContainerStats>> containerStats(String labelKey) {
        return containerStats(labelKey, labels -> true);
    }

    /**
     * {@link #containerStats(String)} of only the containers whose labels {@code wanted} accepts,
     * asked before any is measured (a reading costs the engine about a second per container).
     */
    default java.util.Optional<List<ContainerStats>> containerStats(String labelKey,
                                                                    java.util.function.Predicate<java.util.Map<String, String>> wanted) {
        return java.util.Optional.empty();
    }
}
