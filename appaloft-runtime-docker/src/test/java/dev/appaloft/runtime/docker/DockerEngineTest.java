package dev.appaloft.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An engine that is not there: no Docker needed. */
class DockerEngineTest {
  @Test
  void aMissingSocketIsReportedAsUnreachableAndRetryable() {
    Instant start = Instant.now();
    try (DockerEngine engine = DockerEngine.connect("unix:///tmp/appaloft-no-such-docker.sock")) {
      assertThat(engine.host()).isEqualTo("unix:///tmp/appaloft-no-such-docker.sock");
      assertThat(engine.answers()).isFalse();
      assertThatThrownBy(engine::ping)
          .isInstanceOfSatisfying(DockerRuntimeException.class, e -> {
            assertThat(e.code()).isEqualTo("engine_unreachable");
            assertThat(e.retryable()).isTrue();
            assertThat(e.getMessage()).contains("appaloft-no-such-docker.sock");
          });
    }
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void everyCodeHasItsWireForm() {
    for (DockerErrorCode code : DockerErrorCode.values()) {
      assertThat(code.code()).matches("[a-z_]+");
    }
    assertThat(DockerErrorCode.IMAGE_BUILD_FAILED.code()).isEqualTo("image_build_failed");
    assertThat(DockerErrorCode.ENGINE_UNREACHABLE.retryableByDefault()).isTrue();
  }
}
