package dev.appaloft.runtime.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.runtime.capacity.ManagedContainer;
import dev.appaloft.api.runtime.capacity.ManagedImage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the docker CLI prints for a capacity reading, as docker 20.10 prints it. */
class RemoteCapacityJsonTest {

    @Test
    void readsInspectedContainersWithTheirStatusSizeAndVolumes() throws Exception {
        String inspect = """
                [{"Id":"abc123","Created":"2026-12-07T05:59:05.123456789Z","Name":"/appaloft-web-x",
                  "State":{"Status":"exited","Running":false,"Restarting":false,"FinishedAt":"2026-12-07T06:00:00.5Z"},
                  "Config":{"Image":"appaloft/web:1","Labels":{"appaloft.deployment":"dep_1","appaloft.resource":"res_1"}},
                  "Mounts":[{"Type":"volume","Name":"data"},{"Type":"bind","Source":"/srv"}],"SizeRw":4096},
                 {"Id":"def456","Created":"2026-12-07T05:00:00Z","Name":"/never-ran",
                  "State":{"Status":"created","Running":false,"FinishedAt":"0001-01-01T00:00:00Z"},
                  "Config":{"Labels":null},"Mounts":[]},
                 {"Name":"no id"}]""";
        List<ManagedContainer> containers = RemoteCapacityJson.containers(inspect,
                RemoteCapacityJson.statuses("abc123\tExited (0) 2 hours ago\n"));
        assertThat(containers).hasSize(2);
        ManagedContainer web = containers.get(0);
        assertThat(web.name()).isEqualTo("appaloft-web-x");
        assertThat(web.status()).isEqualTo("Exited (0) 2 hours ago");
        assertThat(web.running()).isFalse();
        assertThat(web.writableBytes()).isEqualTo(4096L);
        assertThat(web.volumes()).containsExactly("data");
        assertThat(web.labels()).containsEntry("appaloft.deployment", "dep_1");
        assertThat(web.updatedAt()).isEqualTo(Instant.parse("2026-12-07T06:00:00.5Z"));
        ManagedContainer never = containers.get(1);
        assertThat(never.finishedAt()).isNull();
        assertThat(never.writableBytes()).isNull();
        assertThat(never.updatedAt()).isEqualTo(Instant.parse("2026-12-07T05:00:00Z"));
        assertThat(never.status()).isEqualTo("created");
    }

    @Test
    void readsInspectedImages() throws Exception {
        List<ManagedImage> images = RemoteCapacityJson.images("""
                [{"Id":"sha256:aa","Created":"2026-12-01T10:00:00.000000001Z","Size":1980000,
                  "Config":{"Labels":{"appaloft.deployment":"dep_2"}}}]""");
        assertThat(images).containsExactly(new ManagedImage("sha256:aa", Map.of("appaloft.deployment", "dep_2"),
                Instant.parse("2026-12-01T10:00:00.000000001Z"), 1_980_000));
        assertThat(RemoteCapacityJson.images("")).isEmpty();
    }
}
