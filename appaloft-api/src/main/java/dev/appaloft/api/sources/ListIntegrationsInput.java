package dev.appaloft.api.sources;

/** {@code integrations.list} takes nothing. */
public record ListIntegrationsInput() {
}
