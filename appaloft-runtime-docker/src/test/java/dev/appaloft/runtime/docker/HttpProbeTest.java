package dev.appaloft.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpProbeTest {
  private HttpServer server;
  private int port;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/ok", ex -> reply(ex, 200, "all good here"));
    server.createContext("/down", ex -> reply(ex, 503, "not yet"));
    server.createContext("/moved", ex -> {
      ex.getResponseHeaders().add("Location", "/ok");
      reply(ex, 302, "");
    });
    server.createContext("/slow", ex -> {
      sleep(2_000);
      reply(ex, 200, "late");
    });
    server.createContext("/huge", ex -> {
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        out.write("marker-at-start ".getBytes(StandardCharsets.UTF_8));
        byte[] chunk = new byte[64 * 1024];
        for (int i = 0; i < 1024; i++) { // 64 MiB unless the client hangs up first
          out.write(chunk);
        }
      } catch (IOException hungUp) {
        // expected: the probe stops reading after its limit
      }
    });
    server.start();
    port = server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void healthyWhenStatusMatches() {
    ProbeResult result = HttpProbe.get("127.0.0.1", port, "/ok").check();
    assertThat(result.healthy()).isTrue();
    assertThat(result.status()).isEqualTo(200);
  }

  @Test
  void pathWithoutLeadingSlashIsFixed() {
    assertThat(HttpProbe.get("127.0.0.1", port, "ok").uri().toString())
        .isEqualTo("http://127.0.0.1:" + port + "/ok");
    assertThat(HttpProbe.get("::1", 80, "").uri().toString()).isEqualTo("http://[::1]:80/");
  }

  @Test
  void unexpectedStatusIsUnhealthyAndReported() {
    ProbeResult result = HttpProbe.get("127.0.0.1", port, "/down").check();
    assertThat(result.healthy()).isFalse();
    assertThat(result.status()).isEqualTo(503);
    assertThat(result.detail()).contains("expected status 200 but got 503");
  }

  @Test
  void expectedStatusCanBeChanged() {
    assertThat(HttpProbe.get("127.0.0.1", port, "/down").expectStatus(503).check().healthy()).isTrue();
  }

  @Test
  void redirectsAreNotFollowed() {
    ProbeResult result = HttpProbe.get("127.0.0.1", port, "/moved").check();
    assertThat(result.healthy()).isFalse();
    assertThat(result.status()).isEqualTo(302);
  }

  @Test
  void bodyMustContainTheExpectedText() {
    HttpProbe probe = HttpProbe.get("127.0.0.1", port, "/ok");
    assertThat(probe.expectBodyContains("good").check().healthy()).isTrue();
    ProbeResult missing = probe.expectBodyContains("bad").check();
    assertThat(missing.healthy()).isFalse();
    assertThat(missing.detail()).contains("lacks \"bad\"");
  }

  @Test
  void onlyTheStartOfAHugeBodyIsRead() {
    ProbeResult result = HttpProbe.get("127.0.0.1", port, "/huge")
        .expectBodyContains("marker-at-start")
        .withTimeout(Duration.ofSeconds(5))
        .check();
    assertThat(result.healthy()).isTrue();
    assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void headChecksStatusOnly() {
    assertThat(HttpProbe.head("127.0.0.1", port, "/ok").check().healthy()).isTrue();
    assertThatThrownBy(() -> HttpProbe.head("127.0.0.1", port, "/ok").expectBodyContains("x"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusedConnectionIsUnhealthyWithoutStatus() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    ProbeResult result = HttpProbe.get("127.0.0.1", closed, "/").check();
    assertThat(result.healthy()).isFalse();
    assertThat(result.status()).isEqualTo(-1);
    assertThat(result.detail()).isEqualTo("connection refused");
  }

  @Test
  void slowAnswerTimesOut() {
    ProbeResult result = HttpProbe.get("127.0.0.1", port, "/slow").withTimeout(Duration.ofMillis(200)).check();
    assertThat(result.healthy()).isFalse();
    assertThat(result.detail()).startsWith("no answer within");
    assertThat(result.elapsed()).isLessThan(Duration.ofMillis(1_500));
  }

  @Test
  void invalidSettingsAreRejected() {
    assertThatThrownBy(() -> HttpProbe.get("127.0.0.1", 0, "/")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HttpProbe.get("127.0.0.1", 80, "/").withTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HttpProbe.get("127.0.0.1", 80, "/").expectStatus(99))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static void reply(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    boolean head = "HEAD".equals(ex.getRequestMethod());
    ex.sendResponseHeaders(status, head || bytes.length == 0 ? -1 : bytes.length);
    if (!head && bytes.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
    ex.close();
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
