package dev.appaloft.runtime.docker.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecentLinesTest {
  @Test
  void keepsTheLastLinesOldestFirst() {
    RecentLines recent = new RecentLines(3);
    for (int i = 1; i <= 5; i++) {
      recent.add("line " + i);
    }
    assertThat(recent.snapshot()).containsExactly("line 3", "line 4", "line 5");
  }

  @Test
  void capacityMustBePositive() {
    assertThatThrownBy(() -> new RecentLines(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
