package dev.appaloft.api.runtime.capacity;

/** Logical cores and load averages; null when not readable. */
public record CpuUsage(Integer logicalCores, Double loadAverage1m, Double loadAverage5m, Double loadAverage15m) {

    public static final CpuUsage UNKNOWN = new CpuUsage(null, null, null, null);
}
