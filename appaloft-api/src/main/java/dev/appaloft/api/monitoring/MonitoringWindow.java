package dev.appaloft.api.monitoring;

/** A time window of a monitoring read: ISO-8601 instants, {@code from} before {@code to}. */
public record MonitoringWindow(String from, String to) {
}
