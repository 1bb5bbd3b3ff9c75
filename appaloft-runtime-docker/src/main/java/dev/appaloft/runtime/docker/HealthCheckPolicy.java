package dev.appaloft.runtime.docker;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how often to probe a fresh container, with the meaning Docker's HEALTHCHECK gives
 * the same words.
 *
 * @param interval the pause between the end of one attempt and the start of the next
 * @param timeout how long one attempt may take before it counts as failed
 * @param retries consecutive counted failures after which the container is unhealthy
 * @param startPeriod a grace period from the first attempt: failures in it are not counted, a
 *     success in it still makes the container healthy
 */
public record HealthCheckPolicy(Duration interval, Duration timeout, int retries, Duration startPeriod) {
  /** Appaloft's defaults when a resource has no health policy: 0.25 s, 5 s, 40 retries, no grace. */
  public static final HealthCheckPolicy DEFAULT =
      new HealthCheckPolicy(Duration.ofMillis(250), Duration.ofSeconds(5), 40, Duration.ZERO);

  public HealthCheckPolicy {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(startPeriod, "startPeriod");
    if (interval.isNegative() || startPeriod.isNegative()) {
      throw new IllegalArgumentException("interval and startPeriod must not be negative");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    if (retries < 1) {
      throw new IllegalArgumentException("retries must be at least 1");
    }
  }

  /**
   * The longest a wait can take when every attempt times out: the start period plus the counted
   * attempts. Callers that need a hard deadline (a deployment step) can plan with it.
   */
  public Duration worstCase() {
    return startPeriod.plus(interval.plus(timeout).multipliedBy(retries + 1L));
  }
}
