package dev.appaloft.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link HttpProbe#waitUntilHealthy} against a loopback server whose answers the test scripts. */
class HealthWaitTest {
  private static final Duration INTERVAL = Duration.ofMillis(10);
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private HttpServer server;
  private HttpProbe probe;
  /** Requests answered 503 before the server turns healthy; -1 means never healthy. */
  private volatile int failuresBeforeHealthy;
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/health", ex -> {
      int n = requests.incrementAndGet();
      boolean healthy = failuresBeforeHealthy >= 0 && n > failuresBeforeHealthy;
      HttpProbeTest.reply(ex, healthy ? 200 : 503, healthy ? "ok" : "starting");
    });
    server.start();
    probe = HttpProbe.get("127.0.0.1", server.getAddress().getPort(), "/health");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void healthyOnTheFirstSuccessAfterFailures() {
    failuresBeforeHealthy = 3;
    HealthOutcome outcome = HttpProbe.waitUntilHealthy(probe, INTERVAL, TIMEOUT, 10, Duration.ZERO);
    assertThat(outcome.healthy()).isTrue();
    assertThat(outcome.attempts()).isEqualTo(4);
    assertThat(outcome.countedFailures()).isEqualTo(3);
    assertThat(outcome.last().status()).isEqualTo(200);
  }

  @Test
  void unhealthyAfterRetriesConsecutiveFailures() {
    failuresBeforeHealthy = -1;
    HealthOutcome outcome = HttpProbe.waitUntilHealthy(probe, INTERVAL, TIMEOUT, 3, Duration.ZERO);
    assertThat(outcome.healthy()).isFalse();
    assertThat(outcome.attempts()).isEqualTo(3);
    assertThat(outcome.countedFailures()).isEqualTo(3);
    assertThat(outcome.last().detail()).contains("503");
    assertThat(requests).hasValue(3);
  }

  @Test
  void failuresInTheStartPeriodAreNotCounted() {
    failuresBeforeHealthy = -1;
    Duration startPeriod = Duration.ofMillis(300);
    HealthOutcome outcome = HttpProbe.waitUntilHealthy(probe, INTERVAL, TIMEOUT, 2, startPeriod);
    assertThat(outcome.healthy()).isFalse();
    assertThat(outcome.countedFailures()).isEqualTo(2);
    assertThat(outcome.attempts()).isGreaterThan(2);
    assertThat(outcome.elapsed()).isGreaterThanOrEqualTo(startPeriod);
  }

  @Test
  void aSuccessInsideTheStartPeriodEndsTheWait() {
    failuresBeforeHealthy = 2;
    HealthOutcome outcome = HttpProbe.waitUntilHealthy(probe, INTERVAL, TIMEOUT, 1, Duration.ofSeconds(30));
    assertThat(outcome.healthy()).isTrue();
    assertThat(outcome.attempts()).isEqualTo(3);
    assertThat(outcome.countedFailures()).isZero();
    assertThat(outcome.elapsed()).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void everyAttemptIsReported() {
    failuresBeforeHealthy = 2;
    List<ProbeResult> seen = new ArrayList<>();
    HealthCheckPolicy policy = new HealthCheckPolicy(INTERVAL, TIMEOUT, 5, Duration.ZERO);
    HttpProbe.waitUntilHealthy(probe, policy, seen::add);
    assertThat(seen).extracting(ProbeResult::status).containsExactly(503, 503, 200);
  }

  @Test
  void theIntervalSeparatesAttempts() {
    failuresBeforeHealthy = -1;
    HealthOutcome outcome =
        HttpProbe.waitUntilHealthy(probe, Duration.ofMillis(100), TIMEOUT, 4, Duration.ZERO);
    // three pauses between four attempts
    assertThat(outcome.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void anInterruptedWaitStopsUnhealthy() {
    failuresBeforeHealthy = -1;
    Thread.currentThread().interrupt();
    try {
      HealthOutcome outcome = HttpProbe.waitUntilHealthy(probe, INTERVAL, TIMEOUT, 100, Duration.ZERO);
      assertThat(outcome.healthy()).isFalse();
      assertThat(outcome.attempts()).isEqualTo(1);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void policyDefaultsFollowAppaloft() {
    HealthCheckPolicy policy = HealthCheckPolicy.DEFAULT;
    assertThat(policy.interval()).isEqualTo(Duration.ofMillis(250));
    assertThat(policy.timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(policy.retries()).isEqualTo(40);
    assertThat(policy.startPeriod()).isZero();
    assertThat(policy.worstCase()).isEqualTo(Duration.ofMillis(5_250).multipliedBy(41));
  }

  @Test
  void policyRejectsNonsense() {
    assertThatThrownBy(() -> new HealthCheckPolicy(INTERVAL, TIMEOUT, 0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HealthCheckPolicy(INTERVAL, Duration.ZERO, 1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HealthCheckPolicy(Duration.ofMillis(-1), TIMEOUT, 1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
