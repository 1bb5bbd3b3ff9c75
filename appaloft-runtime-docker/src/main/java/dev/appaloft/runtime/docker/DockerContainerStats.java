package dev.appaloft.runtime.docker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.runtime.capacity.ContainerStats;
import java.util.Map;

/**
 * Reads one answer of the engine's {@code GET /containers/{id}/stats?stream=false}: CPU percent of
 * one core from the delta between the two readings the engine takes ({@code precpu_stats} and
 * {@code cpu_stats}), memory in use without the page cache (as {@code docker stats} shows it),
 * network bytes over every interface, block I/O read and written.
 */
final class DockerContainerStats {

  private DockerContainerStats() {
  }

  static ContainerStats parse(String id, Map<String, String> labels, JsonNode s) {
    return new ContainerStats(id, labels, cpuPercent(s), memoryUsed(s.path("memory_stats")),
        positive(s.path("memory_stats").path("limit")), network(s, "rx_bytes"), network(s, "tx_bytes"),
        blockIo(s, "read"), blockIo(s, "write"));
  }

  static Double cpuPercent(JsonNode s) {
    JsonNode cpu = s.path("cpu_stats");
    JsonNode pre = s.path("precpu_stats");
    if (!cpu.path("cpu_usage").has("total_usage") || !pre.path("cpu_usage").has("total_usage")
        || !cpu.has("system_cpu_usage") || !pre.has("system_cpu_usage")) {
      return null;
    }
    double cpuDelta = cpu.path("cpu_usage").path("total_usage").asDouble()
        - pre.path("cpu_usage").path("total_usage").asDouble();
    double systemDelta = cpu.path("system_cpu_usage").asDouble() - pre.path("system_cpu_usage").asDouble();
    int cpus = cpu.path("online_cpus").asInt(0);
    if (cpus == 0) {
      cpus = Math.max(1, cpu.path("cpu_usage").path("percpu_usage").size());
    }
    if (systemDelta <= 0 || cpuDelta < 0) {
      return 0.0;
    }
    return Math.round(cpuDelta / systemDelta * cpus * 100.0 * 100.0) / 100.0;
  }

  private static Long memoryUsed(JsonNode memory) {
    if (!memory.has("usage")) {
      return null;
    }
    long usage = memory.path("usage").asLong();
    JsonNode stats = memory.path("stats");
    // cgroup v2 reports inactive_file, v1 total_inactive_file (older engines subtract cache)
    long cache = stats.has("inactive_file") ? stats.path("inactive_file").asLong()
        : stats.has("total_inactive_file") ? stats.path("total_inactive_file").asLong() : 0;
    return Math.max(0, usage - cache);
  }

  private static Long network(JsonNode s, String field) {
    JsonNode networks = s.path("networks");
    if (!networks.isObject()) {
      return null;
    }
    long sum = 0;
    for (JsonNode n : networks) {
      sum += n.path(field).asLong();
    }
    return sum;
  }

  private static Long blockIo(JsonNode s, String op) {
    JsonNode entries = s.path("blkio_stats").path("io_service_bytes_recursive");
    if (!entries.isArray()) {
      return null;
    }
    long sum = 0;
    for (JsonNode e : entries) {
      if (op.equalsIgnoreCase(e.path("op").asText())) {
        sum += e.path("value").asLong();
      }
    }
    return sum;
  }

  private static Long positive(JsonNode n) {
    return n.isNumber() && n.asLong() > 0 ? n.asLong() : null;
  }
}
