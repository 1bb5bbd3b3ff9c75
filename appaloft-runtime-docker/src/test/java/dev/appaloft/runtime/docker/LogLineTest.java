package dev.appaloft.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LogLineTest {
  @Test
  void splitsTheEngineTimestampFromTheText() {
    LogLine line = LogLine.parse(LogLine.Stream.STDERR, "2026-11-23T23:10:18.123456789Z hello world");
    assertThat(line.stream()).isEqualTo(LogLine.Stream.STDERR);
    assertThat(line.timestamp()).isEqualTo(Instant.parse("2026-11-23T23:10:18.123456789Z"));
    assertThat(line.text()).isEqualTo("hello world");
  }

  @Test
  void shortFractionsAndEmptyTextParse() {
    LogLine line = LogLine.parse(LogLine.Stream.STDOUT, "2026-11-23T23:10:18.5Z ");
    assertThat(line.timestamp()).isEqualTo(Instant.parse("2026-11-23T23:10:18.500Z"));
    assertThat(line.text()).isEmpty();
  }

  @Test
  void aLineWithoutTimestampIsKeptWhole() {
    LogLine line = LogLine.parse(LogLine.Stream.STDOUT, "2026-xx-23Tnot a time at all");
    assertThat(line.timestamp()).isNull();
    assertThat(line.text()).isEqualTo("2026-xx-23Tnot a time at all");
    assertThat(LogLine.parse(LogLine.Stream.STDOUT, "plain").text()).isEqualTo("plain");
  }
}
