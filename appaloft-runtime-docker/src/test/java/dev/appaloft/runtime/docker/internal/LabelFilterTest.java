package dev.appaloft.runtime.docker.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelFilterTest {
  @Test
  void valuedLabelsMatchExactlyAndEmptyOnesMatchPresence() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("appaloft.managed", "true");
    labels.put("appaloft.resource-id", "");
    labels.put("appaloft.deployment-id", null);
    assertThat(LabelFilter.of(labels))
        .containsExactly("appaloft.managed=true", "appaloft.resource-id", "appaloft.deployment-id");
  }
}
