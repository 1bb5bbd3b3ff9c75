package dev.appaloft.runtime.docker.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class LineSplitterTest {
  @Test
  void joinsLinesSplitAcrossChunksAndSplitsChunksHoldingSeveral() {
    List<String> lines = new ArrayList<>();
    LineSplitter splitter = new LineSplitter(lines::add);
    splitter.accept("Step 1/3 : FROM x\nStep 2");
    splitter.accept("/3 : RUN y\r\n\nlast");
    assertThat(lines).containsExactly("Step 1/3 : FROM x", "Step 2/3 : RUN y", "");
    splitter.flush();
    assertThat(lines).endsWith("last");
  }

  @Test
  void nullAndEmptyChunksAreIgnored() {
    List<String> lines = new ArrayList<>();
    LineSplitter splitter = new LineSplitter(lines::add);
    splitter.accept(null);
    splitter.accept("");
    splitter.flush();
    assertThat(lines).isEmpty();
  }

  /** However the engine cuts its output, the lines come out the same. */
  @Property(tries = 200)
  void chunkingDoesNotChangeTheLines(
      @ForAll @Size(max = 8) List<@StringLength(max = 12) String> words,
      @ForAll @IntRange(min = 1, max = 7) int chunkSize) {
    String text = String.join("\n", words) + "\n";
    List<String> lines = new ArrayList<>();
    LineSplitter splitter = new LineSplitter(lines::add);
    for (int i = 0; i < text.length(); i += chunkSize) {
      splitter.accept(text.substring(i, Math.min(text.length(), i + chunkSize)));
    }
    splitter.flush();
    List<String> expected = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      expected.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    }
    expected.remove(expected.size() - 1);
    assertThat(lines).isEqualTo(expected);
  }
}
