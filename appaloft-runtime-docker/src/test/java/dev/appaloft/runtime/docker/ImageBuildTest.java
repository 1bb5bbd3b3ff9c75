package dev.appaloft.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageBuildTest {
  @Test
  void dockerfileResolvesInsideTheContext() {
    ImageBuild build = ImageBuild.of(Path.of("/src/app"), "app:1").withDockerfile(Path.of("docker/Dockerfile.prod"));
    assertThat(build.resolvedDockerfile()).isEqualTo(Path.of("/src/app/docker/Dockerfile.prod"));
    assertThat(build.timeout()).isEqualTo(ImageBuild.DEFAULT_TIMEOUT);
  }

  @Test
  void dockerfileOutsideTheContextIsRefused() {
    ImageBuild build = ImageBuild.of(Path.of("/src/app"), "app:1").withDockerfile(Path.of("../other/Dockerfile"));
    assertThatThrownBy(build::resolvedDockerfile).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void settingsAreChecked() {
    assertThatThrownBy(() -> ImageBuild.of(Path.of("."), " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ImageBuild.of(Path.of("."), "t").withTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ImageBuild.of(Path.of("."), "t").withLabels(Map.of("a", "b")).withNoCache(true).noCache()).isTrue();
  }

  @Test
  void imageReferencesSplitForThePullApi() {
    assertThat(DockerImages.ImageRef.parse("nginx")).isEqualTo(new DockerImages.ImageRef("nginx", "latest"));
    assertThat(DockerImages.ImageRef.parse("nginx:1.27")).isEqualTo(new DockerImages.ImageRef("nginx", "1.27"));
    assertThat(DockerImages.ImageRef.parse("localhost:5000/team/app"))
        .isEqualTo(new DockerImages.ImageRef("localhost:5000/team/app", "latest"));
    assertThat(DockerImages.ImageRef.parse("localhost:5000/app:2"))
        .isEqualTo(new DockerImages.ImageRef("localhost:5000/app", "2"));
    assertThat(DockerImages.ImageRef.parse("app@sha256:abc").tag()).isNull();
  }
}
