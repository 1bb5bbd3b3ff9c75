package dev.appaloft.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DockerVolumesTest {

    /** The engine writes RFC 3339 with the host's offset (and sometimes fractions); the cleanup's cutoff needs an instant. */
    @Test
    void theEnginesCreationTimesAreReadAsInstants() {
        assertThat(DockerVolumes.createdAt("2026-12-07T09:30:59Z")).isEqualTo(Instant.parse("2026-12-07T09:30:59Z"));
        assertThat(DockerVolumes.createdAt("2026-12-07T10:30:59.123456789+01:00"))
                .isEqualTo(Instant.parse("2026-12-07T09:30:59.123456789Z"));
        assertThat(DockerVolumes.createdAt("")).isNull();
        assertThat(DockerVolumes.createdAt(null)).isNull();
        assertThat(DockerVolumes.createdAt("yesterday")).as("unreadable: no evidence, never a guess").isNull();
    }
}
