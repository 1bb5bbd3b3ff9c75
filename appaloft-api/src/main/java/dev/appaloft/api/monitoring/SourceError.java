package dev.appaloft.api.monitoring;

/** A source that could not answer ({@code collector}, {@code monitoring-store}, {@code docker}, ...). */
public record SourceError(String source, String code, String message, boolean retriable) {
}
