package dev.appaloft.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerSpecTest {
  @Test
  void defaultsAreLoopbackAndUnlessStopped() {
    ContainerSpec spec = ContainerSpec.builder("web-1", "img:1").publish(8080, 0).build();
    assertThat(spec.hostIp()).isEqualTo("127.0.0.1");
    assertThat(spec.hostPort()).isZero();
    assertThat(spec.containerPort()).hasValue(8080);
    assertThat(spec.restart()).isEqualTo(ContainerSpec.Restart.UNLESS_STOPPED);
    assertThat(spec.command()).isEmpty();
    assertThat(spec.network()).isEmpty();
  }

  @Test
  void toStringNamesEnvironmentVariablesButNeverTheirValues() {
    ContainerSpec spec = ContainerSpec.builder("web-1", "img:1")
        .env("DATABASE_PASSWORD", "hunter2-very-secret")
        .env(Map.of("API_TOKEN", "tok-123456"))
        .label("appaloft.managed", "true")
        .build();
    assertThat(spec.toString())
        .contains("DATABASE_PASSWORD", "API_TOKEN", "appaloft.managed")
        .doesNotContain("hunter2-very-secret", "tok-123456");
    assertThat(spec.env()).containsEntry("DATABASE_PASSWORD", "hunter2-very-secret");
  }

  @Test
  void invalidNamesAndEnvironmentKeysAreRejectedWithoutEchoingValues() {
    assertThatThrownBy(() -> ContainerSpec.builder("/bad name", "img")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ContainerSpec.builder("ok", " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ContainerSpec.builder("ok", "img").env("A=B", "secret-value"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("secret-value");
    assertThatThrownBy(() -> ContainerSpec.builder("ok", "img").env("", "v")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ContainerSpec.builder("ok", "img").env("K", "a\0secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("secret");
  }

  @Test
  void portsAndBindsAreChecked() {
    assertThatThrownBy(() -> ContainerSpec.builder("ok", "img").publish(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ContainerSpec.builder("ok", "img").publish(80, 70000)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ContainerSpec.builder("ok", "img").bind("/data", "relative", false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ContainerSpec.builder("ok", "img").command(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void networkCarriesItsAliases() {
    ContainerSpec spec = ContainerSpec.builder("ok", "img").network("edge", "api", "api-v2").workingDir("/app").build();
    assertThat(spec.network()).hasValue("edge");
    assertThat(spec.aliases()).containsExactly("api", "api-v2");
    assertThat(spec.workingDir()).hasValue("/app");
  }
}
