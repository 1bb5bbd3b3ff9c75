package dev.appaloft.runtime.docker;

import java.time.Duration;

/**
 * How a health wait ended.
 *
 * @param attempts probes made, counted or not
 * @param countedFailures failures made after the start period (at most {@code retries})
 * @param last the final probe's result
 */
public record HealthOutcome(
    boolean healthy, int attempts, int countedFailures, ProbeResult last, Duration elapsed) {}
