package dev.appaloft.runtime.docker;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The engine's {@code GET /system/df} answer in the totals {@code docker system df} prints, in
 * exact bytes: images (their layers; reclaimable is what no container uses), containers (their
 * writable layers), volumes and build cache (reclaimable: what nothing uses). A size the engine
 * did not compute ({@code -1}) counts as 0.
 */
record DockerSystemDf(long imagesBytes, long reclaimableImagesBytes, long containersBytes, long volumesBytes,
    long buildCacheBytes, long reclaimableBuildCacheBytes, int imageCount, int containerCount, int volumeCount) {

  static DockerSystemDf of(JsonNode df) {
    long layers = Math.max(0, df.path("LayersSize").asLong(0));
    long usedByContainers = 0;
    int images = 0;
    for (JsonNode image : df.path("Images")) {
      images++;
      long virtual = image.path("VirtualSize").asLong(image.path("Size").asLong(-1));
      long shared = image.path("SharedSize").asLong(-1);
      if (image.path("Containers").asLong(0) != 0 && virtual >= 0 && shared >= 0) {
        usedByContainers += virtual - shared;
      }
    }
    long containers = 0;
    int containerCount = 0;
    for (JsonNode container : df.path("Containers")) {
      containerCount++;
      containers += Math.max(0, container.path("SizeRw").asLong(0));
    }
    long volumes = 0;
    int volumeCount = 0;
    for (JsonNode volume : df.path("Volumes")) {
      volumeCount++;
      volumes += Math.max(0, volume.path("UsageData").path("Size").asLong(0));
    }
    long cache = 0;
    long reclaimableCache = 0;
    for (JsonNode entry : df.path("BuildCache")) {
      if (!entry.path("Shared").asBoolean(false)) {
        long size = Math.max(0, entry.path("Size").asLong(0));
        cache += size;
        if (!entry.path("InUse").asBoolean(false)) {
          reclaimableCache += size;
        }
      }
    }
    return new DockerSystemDf(layers, Math.max(0, layers - usedByContainers), containers, volumes, cache,
        reclaimableCache, images, containerCount, volumeCount);
  }
}
