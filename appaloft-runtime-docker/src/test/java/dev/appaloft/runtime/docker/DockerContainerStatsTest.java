package dev.appaloft.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appaloft.api.runtime.capacity.ContainerStats;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DockerContainerStatsTest {

    // trimmed from an engine 20.10 answer on cgroup v2
    static final String STATS = """
        {"cpu_stats":{"cpu_usage":{"total_usage":3000000000},"system_cpu_usage":20000000000,"online_cpus":2},
         "precpu_stats":{"cpu_usage":{"total_usage":2000000000},"system_cpu_usage":18000000000},
         "memory_stats":{"usage":10485760,"limit":2147483648,"stats":{"inactive_file":2097152}},
         "networks":{"eth0":{"rx_bytes":1000,"tx_bytes":200},"eth1":{"rx_bytes":24,"tx_bytes":6}},
         "blkio_stats":{"io_service_bytes_recursive":[{"op":"read","value":4096},{"op":"write","value":8192}]}}""";

    @Test
    void cpuIsTheDeltaOverTheSystemsTimesItsCoresAndMemoryLeavesOutThePageCache() throws Exception {
        ContainerStats s = DockerContainerStats.parse("c1", Map.of("a", "b"), new ObjectMapper().readTree(STATS));
        assertThat(s.cpuPercent()).isEqualTo(100.0); // 1e9 of 2e9 system ns over 2 cores: one core busy
        assertThat(s.memoryUsedBytes()).isEqualTo(8_388_608L);
        assertThat(s.memoryLimitBytes()).isEqualTo(2_147_483_648L);
        assertThat(s.rxBytes()).isEqualTo(1024L);
        assertThat(s.txBytes()).isEqualTo(206L);
        assertThat(s.blockReadBytes()).isEqualTo(4096L);
        assertThat(s.blockWriteBytes()).isEqualTo(8192L);
        assertThat(s.labels()).containsEntry("a", "b");
    }

    @Test
    void aFirstReadingWithoutAPreviousOneHasNoCpu() throws Exception {
        ContainerStats s = DockerContainerStats.parse("c1", null, new ObjectMapper().readTree(
                "{\"cpu_stats\":{\"cpu_usage\":{\"total_usage\":5},\"system_cpu_usage\":9},\"precpu_stats\":{}}"));
        assertThat(s.cpuPercent()).isNull();
        assertThat(s.memoryUsedBytes()).isNull();
        assertThat(s.rxBytes()).isNull();
    }
}
