package dev.appaloft.core.monitoring;

import java.time.Duration;

/**
 * How the sampler runs: every {@code interval} (zero: off), raw samples kept {@code rawRetention}
 * then as hourly rollups for {@code rollupRetention}.
 */
public record MonitoringSettings(Duration interval, Duration rawRetention, Duration rollupRetention) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);
    public static final Duration DEFAULT_RAW_RETENTION = Duration.ofHours(24);
    public static final Duration DEFAULT_ROLLUP_RETENTION = Duration.ofDays(30);

    public static MonitoringSettings defaults() {
        return new MonitoringSettings(DEFAULT_INTERVAL, DEFAULT_RAW_RETENTION, DEFAULT_ROLLUP_RETENTION);
    }

    public boolean enabled() {
        return !interval.isZero() && !interval.isNegative();
    }

    /** A latest sample older than three intervals (at least two minutes) is stale. */
    public Duration staleAfter() {
        Duration three = (enabled() ? interval : DEFAULT_INTERVAL).multipliedBy(3);
        return three.compareTo(Duration.ofMinutes(2)) < 0 ? Duration.ofMinutes(2) : three;
    }
}
