package dev.appaloft.api.identity;

/** {@code auth.bootstrapStatus}: whether the instance still needs its first admin (public). */
public record BootstrapStatusInput() {
}
