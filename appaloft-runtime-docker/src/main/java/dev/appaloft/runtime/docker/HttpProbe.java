package dev.appaloft.runtime.docker;

import dev.appaloft.runtime.docker.internal.LimitedBody;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * An HTTP health probe: one request to {@code http://host:port/path}, judged by status and
 * optionally by a text the body must contain. Immutable; {@code with*} methods return copies.
 * Plain JDK {@link HttpClient}, HTTP/1.1, no redirects followed (a redirect is not "healthy").
 */
public final class HttpProbe {
  /** How much of the body is read when looking for the expected text. */
  public static final int BODY_LIMIT = 64 * 1024;

  /** The request methods a probe may use. */
  public enum Method {
    GET,
    HEAD
  }

  private final Method method;
  private final URI uri;
  private final Duration timeout;
  private final int expectedStatus;
  private final String expectedBody;
  private volatile HttpClient client;

  private HttpProbe(Method method, URI uri, Duration timeout, int expectedStatus, String expectedBody) {
    this.method = method;
    this.uri = uri;
    this.timeout = timeout;
    this.expectedStatus = expectedStatus;
    this.expectedBody = expectedBody;
  }

  /** GET {@code http://host:port/path}, expecting 200 within 5 seconds. */
  public static HttpProbe get(String host, int port, String path) {
    return new HttpProbe(Method.GET, uri(host, port, path), Duration.ofSeconds(5), 200, null);
  }

  /** HEAD {@code http://host:port/path}, expecting 200 within 5 seconds. */
  public static HttpProbe head(String host, int port, String path) {
    return new HttpProbe(Method.HEAD, uri(host, port, path), Duration.ofSeconds(5), 200, null);
  }

  private static URI uri(String host, int port, String path) {
    Objects.requireNonNull(host, "host");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("invalid port " + port);
    }
    String p = path == null || path.isEmpty() ? "/" : path.startsWith("/") ? path : "/" + path;
    String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return URI.create("http://" + h + ":" + port + p);
  }

  public HttpProbe withTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    return new HttpProbe(method, uri, timeout, expectedStatus, expectedBody);
  }

  public HttpProbe expectStatus(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("invalid HTTP status " + status);
    }
    return new HttpProbe(method, uri, timeout, status, expectedBody);
  }

  /** Requires the body (its first {@link #BODY_LIMIT} bytes) to contain this text; GET only. */
  public HttpProbe expectBodyContains(String text) {
    Objects.requireNonNull(text, "text");
    if (method == Method.HEAD) {
      throw new IllegalStateException("a HEAD response has no body to check");
    }
    return new HttpProbe(method, uri, timeout, expectedStatus, text);
  }

  public URI uri() {
    return uri;
  }

  public Duration timeout() {
    return timeout;
  }

  /** Makes one request. Never throws: every failure is a result with a reason. */
  public ProbeResult check() {
    long start = System.nanoTime();
    HttpRequest request = HttpRequest.newBuilder(uri)
        .method(method.name(), HttpRequest.BodyPublishers.noBody())
        .timeout(timeout)
        .header("User-Agent", "appaloft-health-probe")
        .build();
    int limit = expectedBody == null ? 0 : BODY_LIMIT;
    CompletableFuture<HttpResponse<String>> future = client().sendAsync(request, LimitedBody.handler(limit));
    try {
      // the request timeout stops at the headers; this bounds the body too
      HttpResponse<String> response = future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      return judge(response, elapsed(start));
    } catch (TimeoutException e) {
      future.cancel(true);
      return failed(-1, start, "no answer within " + timeout);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return failed(-1, start, "interrupted");
    } catch (ExecutionException e) {
      return failed(-1, start, reason(e.getCause()));
    }
  }

  private ProbeResult judge(HttpResponse<String> response, Duration elapsed) {
    int status = response.statusCode();
    if (status != expectedStatus) {
      return new ProbeResult(false, status, elapsed, "expected status " + expectedStatus + " but got " + status);
    }
    if (expectedBody != null && !response.body().contains(expectedBody)) {
      return new ProbeResult(false, status, elapsed, "status " + status + " but the body lacks \"" + expectedBody + "\"");
    }
    return new ProbeResult(true, status, elapsed, "status " + status);
  }

  private String reason(Throwable cause) {
    if (cause instanceof HttpTimeoutException) {
      return "no answer within " + timeout;
    }
    if (cause instanceof ConnectException) {
      return "connection refused";
    }
    if (cause instanceof IOException) {
      return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
    return String.valueOf(cause);
  }

  private static ProbeResult failed(int status, long start, String detail) {
    return new ProbeResult(false, status, elapsed(start), detail);
  }

  private static Duration elapsed(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  private HttpClient client() {
    HttpClient c = client;
    if (c == null) {
      c = HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(timeout)
          .build();
      client = c;
    }
    return c;
  }

  /** {@link #waitUntilHealthy(HttpProbe, HealthCheckPolicy, Consumer)} with these settings. */
  public static HealthOutcome waitUntilHealthy(
      HttpProbe probe, Duration interval, Duration timeout, int retries, Duration startPeriod) {
    return waitUntilHealthy(probe, new HealthCheckPolicy(interval, timeout, retries, startPeriod), r -> {});
  }

  /**
   * Probes until the target is healthy or has failed {@code retries} times in a row after the start
   * period, following Docker's HEALTHCHECK rules: the first attempt runs at once, each later one
   * {@code interval} after the previous ended; each attempt may take {@code timeout}; a success
   * ends the wait at once, even inside the start period; failures inside the start period are not
   * counted. Returns early (unhealthy) when the thread is interrupted.
   *
   * @param onAttempt sees every attempt's result, e.g. to write deployment progress
   */
  public static HealthOutcome waitUntilHealthy(
      HttpProbe probe, HealthCheckPolicy policy, Consumer<ProbeResult> onAttempt) {
    HttpProbe timed = probe.withTimeout(policy.timeout());
    long start = System.nanoTime();
    long graceEnds = start + policy.startPeriod().toNanos();
    int attempts = 0;
    int counted = 0;
    while (true) {
      long attemptStart = System.nanoTime();
      ProbeResult result = timed.check();
      attempts++;
      onAttempt.accept(result);
      if (result.healthy()) {
        return new HealthOutcome(true, attempts, counted, result, elapsed(start));
      }
      if (attemptStart - graceEnds >= 0) {
        counted++;
      }
      if (counted >= policy.retries() || Thread.currentThread().isInterrupted()) {
        return new HealthOutcome(false, attempts, counted, result, elapsed(start));
      }
      try {
        Thread.sleep(policy.interval().toMillis(), policy.interval().toNanosPart() % 1_000_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new HealthOutcome(false, attempts, counted, result, elapsed(start));
      }
    }
  }

  @Override
  public String toString() {
    return method + " " + uri + " expecting " + expectedStatus
        + (expectedBody == null ? "" : " and \"" + expectedBody + "\"") + " within " + timeout;
  }
}
