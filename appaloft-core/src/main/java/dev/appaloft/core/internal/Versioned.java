package dev.appaloft.core.internal;

/** An aggregate as loaded, with the store version a later save must expect. */
public record Versioned<T>(T value, long version) {
}
