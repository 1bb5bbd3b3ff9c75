package dev.appaloft.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.runtime.docker.testing.BaseImages;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Images on the real engine: build from a folder, failures, pull without a registry, removal. */
class DockerImagesIT {
  @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();

  @BeforeAll
  static void base() {
    BaseImages.ensureBusybox(docker.engine());
  }

  private DockerImages images() {
    return docker.engine().images();
  }

  @Test
  void buildsAFolderWithANamedDockerfileStreamingItsOutput(@TempDir Path context) throws IOException {
    Files.createDirectories(context.resolve("site"));
    Files.writeString(context.resolve("site/index.html"), "built\n");
    Files.createDirectories(context.resolve("deploy"));
    Files.writeString(context.resolve("deploy/App.dockerfile"), String.join("\n",
        "FROM " + BaseImages.BUSYBOX,
        "COPY site /www",
        "RUN echo building-step-output",
        "CMD [\"httpd\", \"-f\", \"-p\", \"8080\", \"-h\", \"/www\"]",
        ""));
    String tag = docker.name("built") + ":2";
    List<String> output = new CopyOnWriteArrayList<>();

    String id = images().build(ImageBuild.of(context, tag)
        .withDockerfile(Path.of("deploy/App.dockerfile"))
        .withLabels(docker.labels()), output::add);

    assertThat(id).startsWith("sha256:");
    assertThat(output).anySatisfy(line -> assertThat(line).startsWith("Step 1/").endsWith(" : FROM " + BaseImages.BUSYBOX));
    assertThat(output).contains("building-step-output");
    assertThat(output).noneSatisfy(line -> assertThat(line).contains("\n"));
    assertThat(images().exists(tag)).isTrue();
    assertThat(images().imageId(tag)).isEqualTo(id);
    assertThat(images().listIdsByLabels(docker.labels())).contains(id);

    assertThat(images().remove(tag, false)).isTrue();
    assertThat(images().exists(tag)).isFalse();
    assertThat(images().remove(tag, false)).isFalse();
  }

  @Test
  void aFailingBuildReportsTheTailOfItsOutput(@TempDir Path context) throws IOException {
    StringBuilder dockerfile = new StringBuilder("FROM " + BaseImages.BUSYBOX + "\n");
    dockerfile.append("RUN sh -c 'i=0; while [ $i -lt 50 ]; do echo noise-$i; i=$((i+1)); done; sleep 0.3; echo the-real-cause >&2; exit 3'\n");
    Files.writeString(context.resolve("Dockerfile"), dockerfile.toString());
    String tag = docker.name("broken") + ":1";
    List<String> output = new CopyOnWriteArrayList<>();

    assertThatThrownBy(() -> images().build(ImageBuild.of(context, tag).withLabels(docker.labels()), output::add))
        .isInstanceOfSatisfying(DockerRuntimeException.class, e -> {
          assertThat(e.code()).isEqualTo("image_build_failed");
          assertThat(e.retryable()).isFalse();
          assertThat(e.outputTail()).hasSizeLessThanOrEqualTo(DockerImages.TAIL_LINES)
              .contains("the-real-cause", "noise-49")
              .doesNotContain("noise-0");
          assertThat(e.outputTail().get(e.outputTail().size() - 1)).contains("returned a non-zero code: 3");
          assertThat(e.getMessage()).contains(tag, "non-zero code: 3", "the-real-cause");
        });
    assertThat(output).contains("noise-0", "the-real-cause");
    assertThat(images().exists(tag)).isFalse();
  }

  @Test
  void aMissingBaseImageFailsTheBuild(@TempDir Path context) throws IOException {
    Files.writeString(context.resolve("Dockerfile"), "FROM local/absent-base:404\n");
    assertThatThrownBy(() -> images().build(ImageBuild.of(context, docker.name("orphan")), line -> {}))
        .isInstanceOfSatisfying(DockerRuntimeException.class, e -> assertThat(e.code()).isEqualTo("image_build_failed"));
  }

  @Test
  void aMissingDockerfileFailsBeforeTheEngineIsAsked(@TempDir Path context) {
    assertThatThrownBy(() -> images().build(ImageBuild.of(context, docker.name("empty")), line -> {}))
        .isInstanceOfSatisfying(DockerRuntimeException.class, e -> {
          assertThat(e.code()).isEqualTo("image_build_failed");
          assertThat(e.getMessage()).contains("no Dockerfile");
        });
  }

  @Test
  void pullingWithoutARegistryFailsQuicklyAndClearly() {
    Instant start = Instant.now();
    assertThatThrownBy(() -> images().pull("appaloft/definitely-absent:1.0", Duration.ofSeconds(60)))
        .isInstanceOfSatisfying(DockerRuntimeException.class, e -> {
          assertThat(e.code()).isEqualTo("image_pull_failed");
          assertThat(e.getMessage()).contains("appaloft/definitely-absent:1.0");
        });
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void anImageInUseIsNotRemovedWithoutForce() {
    String tag = docker.name("busy") + ":1";
    BaseImages.buildHttpApp(docker.engine(), Map.of("index.html", "x"), tag, docker.labels());
    StartedContainer user = docker.engine().containers().run(
        ContainerSpec.builder(docker.name("user"), tag).labels(docker.labels()).build());
    String id = images().imageId(tag);
    assertThatThrownBy(() -> images().remove(id, false))
        .isInstanceOfSatisfying(DockerRuntimeException.class, e -> assertThat(e.code()).isIn("image_in_use", "docker_operation_failed"));
    docker.engine().containers().remove(user.id());
    assertThat(images().remove(tag, false)).isTrue();
  }

  @Test
  void aRootfsTarballImportsAsAnImage() {
    String tag = docker.name("imported") + ":1";
    try {
      String id = images().importRootfs(new ByteArrayInputStream(BaseImages.rootfsTar()), tag);
      assertThat(id).startsWith("sha256:");
      StartedContainer box = docker.engine().containers().run(
          ContainerSpec.builder(docker.name("imported"), tag).labels(docker.labels()).command("sleep", "30").build());
      ExecResult passwd = docker.engine().containers().exec(box.id(), List.of("cat", "/etc/passwd"), Duration.ofSeconds(10));
      assertThat(passwd.stdout()).startsWith("root:x:0:0:");
      docker.engine().containers().remove(box.id());
    } finally {
      images().remove(tag, true);
    }
  }

  @Test
  void aBrokenTarballIsRefused() {
    String tag = docker.name("garbage") + ":1";
    assertThatThrownBy(() -> images().importRootfs(new ByteArrayInputStream("not a tar".getBytes()), tag))
        .isInstanceOfSatisfying(DockerRuntimeException.class, e -> {
          assertThat(e.code()).isEqualTo("docker_operation_failed");
          assertThat(e.getMessage()).contains("import image " + tag);
        });
    images().remove(tag, true);
  }

  @Test
  void theOfflineBaseImageRunsBusybox() {
    assertThat(images().exists(BaseImages.BUSYBOX)).isTrue();
    StartedContainer box = docker.engine().containers().run(
        ContainerSpec.builder(docker.name("box"), BaseImages.BUSYBOX).labels(docker.labels())
            .command("sleep", "30").build());
    ExecResult tools = docker.engine().containers().exec(box.id(), List.of("ls", "/bin"), Duration.ofSeconds(10));
    assertThat(tools.stdout().split("\n")).contains(BaseImages.TOOLS.toArray(String[]::new));
  }
}
