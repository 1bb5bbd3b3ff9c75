package dev.appaloft.runtime.docker.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnsiCodesTest {
  @Test
  void stripsColourCodesTheBuilderPutsAroundStderr() {
    assertThat(AnsiCodes.strip("\u001B[91mthe-real-cause")).isEqualTo("the-real-cause");
    assertThat(AnsiCodes.strip("\u001B[0mRemoving intermediate container 7b4")).isEqualTo("Removing intermediate container 7b4");
    assertThat(AnsiCodes.strip("\u001B[1;32mok\u001B[0m \u001B[2K")).isEqualTo("ok ");
  }

  @Test
  void plainTextIsUntouched() {
    assertThat(AnsiCodes.strip("Step 1/3 : FROM x")).isEqualTo("Step 1/3 : FROM x");
  }
}
