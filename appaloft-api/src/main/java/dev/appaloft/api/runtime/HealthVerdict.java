package dev.appaloft.api.runtime;

import java.time.Duration;

/**
 * How a health verification ended.
 *
 * @param lastStatus the last HTTP status seen, or -1 when the app never answered
 * @param reason why it failed (or what passed), safe to show to users
 */
public record HealthVerdict(boolean healthy, int attempts, int lastStatus, String reason, Duration elapsed) {
}
