package dev.appaloft.core.monitoring;

import dev.appaloft.api.monitoring.UsageTotals;
import dev.appaloft.api.monitoring.UsageTotals.Cpu;
import dev.appaloft.api.monitoring.UsageTotals.Disk;
import dev.appaloft.api.monitoring.UsageTotals.Docker;
import dev.appaloft.api.monitoring.UsageTotals.Inode;
import dev.appaloft.api.monitoring.UsageTotals.Memory;
import dev.appaloft.api.monitoring.UsageTotals.Network;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sums and averages of readings, field by field through a flat {@code signal.field} map. Readings
 * taken at one time add up what containers use (CPU, memory, network, writable bytes) and keep the
 * host's own figures once; readings over time are averaged.
 */
final class Totals {

    static final List<String> SIGNALS = List.of("cpu", "memory", "disk", "inode", "docker", "network");
    private static final Set<String> ADDED = Set.of("cpu.containerCpuPercent", "memory.containerUsedBytes",
            "network.rxBytes", "network.txBytes", "disk.attributedBytes", "docker.containerWritableBytes");

    private Totals() {
    }

    static Map<String, Double> flat(UsageTotals t) {
        Map<String, Double> m = new LinkedHashMap<>();
        if (t.cpu() != null) {
            put(m, "cpu.logicalCores", t.cpu().logicalCores());
            put(m, "cpu.loadAverage1m", t.cpu().loadAverage1m());
            put(m, "cpu.loadAverage5m", t.cpu().loadAverage5m());
            put(m, "cpu.loadAverage15m", t.cpu().loadAverage15m());
            put(m, "cpu.containerCpuPercent", t.cpu().containerCpuPercent());
        }
        if (t.memory() != null) {
            put(m, "memory.totalBytes", t.memory().totalBytes());
            put(m, "memory.usedBytes", t.memory().usedBytes());
            put(m, "memory.availableBytes", t.memory().availableBytes());
            put(m, "memory.containerUsedBytes", t.memory().containerUsedBytes());
        }
        if (t.disk() != null) {
            put(m, "disk.totalBytes", t.disk().totalBytes());
            put(m, "disk.usedBytes", t.disk().usedBytes());
            put(m, "disk.availableBytes", t.disk().availableBytes());
            put(m, "disk.attributedBytes", t.disk().attributedBytes());
        }
        if (t.inode() != null) {
            put(m, "inode.total", t.inode().total());
            put(m, "inode.used", t.inode().used());
            put(m, "inode.available", t.inode().available());
        }
        if (t.docker() != null) {
            put(m, "docker.imageBytes", t.docker().imageBytes());
            put(m, "docker.buildCacheBytes", t.docker().buildCacheBytes());
            put(m, "docker.containerWritableBytes", t.docker().containerWritableBytes());
        }
        if (t.network() != null) {
            put(m, "network.rxBytes", t.network().rxBytes());
            put(m, "network.txBytes", t.network().txBytes());
        }
        return m;
    }

    static UsageTotals build(Map<String, Double> m, Collection<String> signals) {
        Cpu cpu = signals.contains("cpu") && any(m, "cpu.") ? new Cpu(m.get("cpu.logicalCores"), m.get("cpu.loadAverage1m"),
                m.get("cpu.loadAverage5m"), m.get("cpu.loadAverage15m"), round(m.get("cpu.containerCpuPercent"))) : null;
        Memory memory = signals.contains("memory") && any(m, "memory.") ? new Memory(l(m, "memory.totalBytes"),
                l(m, "memory.usedBytes"), l(m, "memory.availableBytes"), l(m, "memory.containerUsedBytes")) : null;
        Disk disk = signals.contains("disk") && any(m, "disk.") ? new Disk(l(m, "disk.totalBytes"), l(m, "disk.usedBytes"),
                l(m, "disk.availableBytes"), l(m, "disk.attributedBytes")) : null;
        Inode inode = signals.contains("inode") && any(m, "inode.") ? new Inode(l(m, "inode.total"), l(m, "inode.used"),
                l(m, "inode.available")) : null;
        Docker docker = signals.contains("docker") && any(m, "docker.") ? new Docker(l(m, "docker.imageBytes"),
                l(m, "docker.buildCacheBytes"), l(m, "docker.containerWritableBytes")) : null;
        Network network = signals.contains("network") && any(m, "network.") ? new Network(l(m, "network.rxBytes"),
                l(m, "network.txBytes")) : null;
        return new UsageTotals(cpu, memory, disk, inode, docker, network);
    }

    static UsageTotals only(UsageTotals t, Collection<String> signals) {
        return build(flat(t), signals);
    }

    /** Readings taken at one time: what containers use added up, the host's figures kept once. */
    static Map<String, Double> together(Collection<UsageTotals> readings) {
        Map<String, Double> sum = new HashMap<>();
        for (UsageTotals t : readings) {
            flat(t).forEach((k, v) -> sum.merge(k, v, ADDED.contains(k) ? Double::sum : Math::max));
        }
        return sum;
    }

    /** The field-by-field average of readings over time (a field counts where it was read). */
    static Map<String, Double> average(Collection<Map<String, Double>> readings) {
        Map<String, Double> sum = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (Map<String, Double> r : readings) {
            r.forEach((k, v) -> {
                sum.merge(k, v, Double::sum);
                count.merge(k, 1, Integer::sum);
            });
        }
        Map<String, Double> avg = new HashMap<>();
        sum.forEach((k, v) -> avg.put(k, v / count.get(k)));
        return avg;
    }

    private static boolean any(Map<String, Double> m, String prefix) {
        return m.keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }

    private static Long l(Map<String, Double> m, String key) {
        Double v = m.get(key);
        return v == null ? null : Math.round(v);
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 100.0) / 100.0;
    }

    private static void put(Map<String, Double> m, String key, Number value) {
        if (value != null) {
            m.put(key, value.doubleValue());
        }
    }
}
