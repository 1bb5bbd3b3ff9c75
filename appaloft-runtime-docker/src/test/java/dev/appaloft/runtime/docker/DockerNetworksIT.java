package dev.appaloft.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.runtime.docker.testing.BaseImages;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** User-defined bridge networks on the real engine. */
class DockerNetworksIT {
  @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();

  private DockerNetworks networks() {
    return docker.engine().networks();
  }

  @Test
  void ensuringABridgeIsIdempotentAndRemovalReportsAbsence() {
    String name = docker.name("net");
    String id = networks().ensureBridge(name, docker.labels());
    assertThat(networks().ensureBridge(name, docker.labels())).isEqualTo(id);
    assertThat(networks().find(name)).hasValue(id);
    assertThat(networks().find(name.substring(0, name.length() - 1))).isEmpty();
    assertThat(networks().namesByLabels(docker.labels())).contains(name);

    assertThat(networks().remove(name)).isTrue();
    assertThat(networks().find(name)).isEmpty();
    assertThat(networks().remove(name)).isFalse();
  }

  @Test
  void containersOnOneNetworkReachEachOtherByAlias() {
    String network = docker.name("edge");
    networks().ensureBridge(network, docker.labels());
    String appImage = docker.name("aliased-app") + ":1";
    BaseImages.buildHttpApp(docker.engine(), Map.of("index.html", "reached-by-alias\n"), appImage, docker.labels());

    StartedContainer server = docker.engine().containers().run(ContainerSpec.builder(docker.name("api"), appImage)
        .labels(docker.labels()).network(network, "api-internal", "api-v2").build());
    StartedContainer client = docker.engine().containers().run(ContainerSpec.builder(docker.name("client"), BaseImages.BUSYBOX)
        .labels(docker.labels()).network(network).command("sleep", "60").build());

    ExecResult fetched = fetchWithRetry(client.id(), "http://api-internal:8080/index.html");
    assertThat(fetched.stdout()).contains("reached-by-alias");
    assertThat(fetchWithRetry(client.id(), "http://api-v2:8080/index.html").stdout()).contains("reached-by-alias");

    ContainerDetails details = docker.engine().containers().inspect(server.id());
    assertThat(details.ipOn(network)).isPresent();
    assertThat(details.ipOn("bridge")).isEmpty();

    assertThatThrownBy(() -> networks().remove(network))
        .isInstanceOfSatisfying(DockerRuntimeException.class, e -> assertThat(e.code()).isEqualTo("network_in_use"));
  }

  @Test
  void runningOnAMissingNetworkIsReported() {
    BaseImages.ensureBusybox(docker.engine());
    String name = docker.name("lost");
    assertThatThrownBy(() -> docker.engine().containers().run(ContainerSpec.builder(name, BaseImages.BUSYBOX)
            .labels(docker.labels()).network(docker.name("no-such-net")).command("sleep", "5").build()))
        .isInstanceOfSatisfying(DockerRuntimeException.class, e -> assertThat(e.code()).isEqualTo("network_not_found"));
    assertThat(docker.engine().containers().find(name)).isEmpty();
  }

  /** httpd may need a moment to listen. (No -T: busybox 1.35 wget crashes with it.) */
  private ExecResult fetchWithRetry(String container, String url) {
    ExecResult last = null;
    for (int i = 0; i < 30; i++) {
      last = docker.engine().containers().exec(container, List.of("wget", "-q", "-O", "-", url), Duration.ofSeconds(10));
      if (last.succeeded()) {
        return last;
      }
      sleep(100);
    }
    throw new AssertionError("could not fetch " + url + ": " + last.stderr());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
