package dev.appaloft.api.runtime.capacity;

/** Space on the file system holding {@code path} (mounted at {@code mount}), in bytes. */
public record DiskUsage(String path, String mount, long sizeBytes, long usedBytes, long availableBytes,
                        double usePercent) {
}
