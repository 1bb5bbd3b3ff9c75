package dev.appaloft.api.monitoring;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One reading (or an aggregate of readings) of a scope: host figures (cores, load, memory, disk,
 * inodes, the container engine) and what its containers use (CPU percent of one core summed,
 * memory, network bytes). What was not read is null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UsageTotals(Cpu cpu, Memory memory, Disk disk, Inode inode, Docker docker, Network network) {

    public static final UsageTotals EMPTY = new UsageTotals(null, null, null, null, null, null);

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cpu(Double logicalCores, Double loadAverage1m, Double loadAverage5m, Double loadAverage15m,
                      Double containerCpuPercent) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Memory(Long totalBytes, Long usedBytes, Long availableBytes, Long containerUsedBytes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Disk(Long totalBytes, Long usedBytes, Long availableBytes, Long attributedBytes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Inode(Long total, Long used, Long available) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Docker(Long imageBytes, Long buildCacheBytes, Long containerWritableBytes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Network(Long rxBytes, Long txBytes) {
    }

    /** The value of one metric of one signal, or null when not read (or not a metric of that signal). */
    public Double metric(String signal, String metric) {
        return switch (signal + "." + metric) {
            case "cpu.containerCpuPercent" -> cpu == null ? null : cpu.containerCpuPercent();
            case "cpu.loadAverage1m" -> cpu == null ? null : cpu.loadAverage1m();
            case "memory.containerUsedBytes" -> memory == null ? null : d(memory.containerUsedBytes());
            case "memory.usedBytes" -> memory == null ? null : d(memory.usedBytes());
            case "disk.usedBytes" -> disk == null ? null : d(disk.usedBytes());
            case "disk.attributedBytes" -> disk == null ? null : d(disk.attributedBytes());
            case "inode.used" -> inode == null ? null : d(inode.used());
            case "docker.imageBytes" -> docker == null ? null : d(docker.imageBytes());
            case "docker.buildCacheBytes" -> docker == null ? null : d(docker.buildCacheBytes());
            case "docker.containerWritableBytes" -> docker == null ? null : d(docker.containerWritableBytes());
            case "network.rxBytes" -> network == null ? null : d(network.rxBytes());
            case "network.txBytes" -> network == null ? null : d(network.txBytes());
            default -> null;
        };
    }

    /** Whether {@code metric} is one the spec pairs with {@code signal}. */
    public static boolean pairs(String signal, String metric) {
        return switch (signal) {
            case "cpu" -> metric.equals("containerCpuPercent") || metric.equals("loadAverage1m");
            case "memory" -> metric.equals("containerUsedBytes") || metric.equals("usedBytes");
            case "disk" -> metric.equals("usedBytes") || metric.equals("attributedBytes");
            case "inode" -> metric.equals("used");
            case "docker" -> metric.equals("imageBytes") || metric.equals("buildCacheBytes")
                    || metric.equals("containerWritableBytes");
            case "network" -> metric.equals("rxBytes") || metric.equals("txBytes");
            default -> false;
        };
    }

    private static Double d(Long value) {
        return value == null ? null : value.doubleValue();
    }
}
