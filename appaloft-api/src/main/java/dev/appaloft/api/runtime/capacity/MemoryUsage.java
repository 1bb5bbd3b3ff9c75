package dev.appaloft.api.runtime.capacity;

/** Memory in bytes; null when it could not be read. Used is what is not available to new work. */
public record MemoryUsage(Long totalBytes, Long availableBytes) {

    public static final MemoryUsage UNKNOWN = new MemoryUsage(null, null);

    public Long usedBytes() {
        return totalBytes == null || availableBytes == null ? null : Math.max(0, totalBytes - availableBytes);
    }

    public Double usePercent() {
        Long used = usedBytes();
        return used == null || totalBytes == 0 ? null : Math.round(used * 1000.0 / totalBytes) / 10.0;
    }
}
