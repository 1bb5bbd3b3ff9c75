package dev.appaloft.api.resources.running;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code resources.healthHistory}: the observations recorded in a time window (default: the last
 * 24 hours), oldest first, at most {@code limit} (1..720, default 200: the newest ones).
 *
 * <p>Over HTTP the window comes as {@code window.from} and {@code window.to} query parameters;
 * embedders may set {@code window} instead.
 */
public record HealthHistoryInput(String resourceId, Window window,
                                 @JsonProperty("window.from") String windowFrom,
                                 @JsonProperty("window.to") String windowTo,
                                 Integer limit) {

    /** ISO-8601 instants. */
    public record Window(String from, String to) {
    }

    public static HealthHistoryInput recent(String resourceId) {
        return new HealthHistoryInput(resourceId, null, null, null, null);
    }

    /** The window asked for, whichever way it came. */
    public Window requestedWindow() {
        String from = windowFrom != null ? windowFrom : window == null ? null : window.from();
        String to = windowTo != null ? windowTo : window == null ? null : window.to();
        return new Window(from, to);
    }
}
