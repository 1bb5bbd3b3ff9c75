package dev.appaloft.api.system;

/** {@code providers.list}: every provider this instance was built with. */
public record ListProvidersInput() {
}
