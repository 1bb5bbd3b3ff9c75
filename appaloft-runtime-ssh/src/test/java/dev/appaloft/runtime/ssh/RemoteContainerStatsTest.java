package dev.appaloft.runtime.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.runtime.capacity.ContainerStats;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RemoteContainerStatsTest {

    @Test
    void theCliPercentagesAndHumanSizesAreRead() throws Exception {
        String full = "4f1c2d3e" + "0".repeat(56);
        String line = "{\"BlockIO\":\"4.1kB / 0B\",\"CPUPerc\":\"99.87%\",\"Container\":\"4f1c2d3e\",\"ID\":\"4f1c2d3e\","
                + "\"MemPerc\":\"0.02%\",\"MemUsage\":\"1.5MiB / 7.7GiB\",\"Name\":\"web\",\"NetIO\":\"1.2kB / 648B\"}\n";
        List<ContainerStats> stats = RemoteContainerStats.parse(line, Map.of(full, Map.of("appaloft.deployment", "d1")));
        assertThat(stats).singleElement().satisfies(s -> {
            assertThat(s.containerId()).isEqualTo(full);
            assertThat(s.labels()).containsEntry("appaloft.deployment", "d1");
            assertThat(s.cpuPercent()).isEqualTo(99.87);
            assertThat(s.memoryUsedBytes()).isEqualTo(1_572_864L);
            assertThat(s.memoryLimitBytes()).isEqualTo(Math.round(7.7 * 1024 * 1024 * 1024));
            assertThat(s.rxBytes()).isEqualTo(1200L);
            assertThat(s.txBytes()).isEqualTo(648L);
            assertThat(s.blockReadBytes()).isEqualTo(4100L);
        });
    }

    @Test
    void aStoppedContainersDashesAreNoReading() {
        assertThat(RemoteContainerStats.percent("--")).isNull();
        assertThat(RemoteContainerStats.bytes("12 parsecs")).isNull();
        assertThat(RemoteCapacityJson.labelList("\"appaloft.deployment=d1,appaloft.resource=r1\""))
                .containsEntry("appaloft.deployment", "d1").containsEntry("appaloft.resource", "r1");
    }
}
