package dev.appaloft.runtime.docker.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
  @Test
  void masksEverySecretLongestFirst() {
    Redactor redactor = Redactor.of(List.of("abc", "abcdef", ""));
    assertThat(redactor.apply("x=abcdef y=abc z=ab")).isEqualTo("x=*** y=*** z=ab");
  }

  @Test
  void nothingToMaskLeavesTextAlone() {
    assertThat(Redactor.of(Arrays.asList(null, "")).apply("same")).isEqualTo("same");
    assertThat(Redactor.NONE.apply(null)).isNull();
  }
}
