package dev.appaloft.api.sources;

/** {@code sourceLinks.delete}: an unknown fingerprint answers 404, so {@code deleted} is true. */
public record SourceLinkDeleted(String sourceFingerprint, boolean deleted) {
}
