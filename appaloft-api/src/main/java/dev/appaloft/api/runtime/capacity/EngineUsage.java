package dev.appaloft.api.runtime.capacity;

/**
 * The container engine: its version, where it keeps its data, and what its images, containers,
 * volumes and build cache take (bytes; reclaimable is what nothing uses).
 */
public record EngineUsage(String version, String rootDirectory, long imagesBytes, long reclaimableImagesBytes,
                          long buildCacheBytes, long reclaimableBuildCacheBytes, long containersBytes,
                          long volumesBytes, int imageCount, int containerCount, int volumeCount) {
}
